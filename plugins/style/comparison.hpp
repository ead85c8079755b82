// The style plugin's own comparison of two documents: a similarity from the differences of the
// metrics that characterise a writing style, each scaled by what a reader would call a clear
// difference, and a finding in words for every clear difference.
#pragma once

#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/result.hpp>

namespace aspectdiff::plugins::style {

void compare_styles(const sdk::ResultView &a, const sdk::ResultView &b,
                    const sdk::CompareWriter &out);

} // namespace aspectdiff::plugins::style
