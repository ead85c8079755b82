// The Benjamini-Hochberg step-up procedure: p values adjusted for the false discovery rate.
#pragma once

#include <span>
#include <vector>

namespace aspectdiff::compare {

// Adjusted p values in the input's order: for the i-th smallest of m p values,
// min over j >= i of (m / j) * p_(j), capped at 1. A difference is a discovery at level q when
// its adjusted p is <= q, which is the same decision as the step-up rule "reject the k smallest,
// k the largest i with p_(i) <= i q / m". NaN entries are not tests: they stay NaN and do not
// count in m. Throws std::invalid_argument for a p value outside [0, 1].
std::vector<double> benjamini_hochberg(std::span<const double> p_values);

} // namespace aspectdiff::compare
