// Percentiles of a bootstrap distribution, found without sorting it.
#pragma once

#include <span>

namespace aspectdiff::compare {

struct PercentilePair {
  double low = 0.0;
  double high = 0.0;
};

// The `p_low` and `p_high` percentiles (0 <= p_low <= p_high <= 1) of `values` (not empty, no
// NaN), each by linear interpolation between order statistics (Hyndman & Fan type 7, the common
// default, so a percentile does not jump with the parity of the count). The result is exactly
// what sorting `values` and interpolating would give, found by sdk::order_statistics (in a
// tail of the values for a percentile near either end). `values` is left as it was.
PercentilePair percentiles(std::span<const double> values, double p_low, double p_high);

} // namespace aspectdiff::compare
