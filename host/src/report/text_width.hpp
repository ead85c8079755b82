// How many terminal columns a UTF-8 string takes, and cutting or wrapping one to fit.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::report {

// Columns taken by `text` on a terminal: one per code point, two for East Asian wide and
// full-width characters, none for combining marks, format and control characters. Invalid bytes
// count one column each.
std::size_t display_width(std::string_view text) noexcept;

// `text` cut to at most `width` columns on a code point boundary, ending in "…" when cut.
std::string truncate_to_width(std::string_view text, std::size_t width);

// `text` broken at spaces into lines of at most `width` columns; a word longer than a line is
// cut on code point boundaries.
std::vector<std::string> wrap_to_width(std::string_view text, std::size_t width);

} // namespace aspectdiff::report
