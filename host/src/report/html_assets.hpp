// The HTML report's style sheet and script, inlined into every page so that the file needs
// nothing from the network.
#pragma once

#include <string_view>

namespace aspectdiff::report::html {

std::string_view style_sheet() noexcept;
std::string_view script() noexcept;

} // namespace aspectdiff::report::html
