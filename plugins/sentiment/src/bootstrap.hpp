// A percentile bootstrap interval for the difference of two means, deterministic (fixed seed)
// so the same two documents always get the same interval.
#pragma once

#include <span>

namespace aspectdiff::plugins::sentiment {

struct Interval {
  double low = 0.0;
  double high = 0.0;
  double standard_error = 0.0; // standard deviation of the resampled differences
};

// 95% interval of mean(b) - mean(a). Empty inputs count as a mean of 0 with no spread.
Interval bootstrap_mean_difference(std::span<const double> a, std::span<const double> b,
                                   int resamples = 2000);

} // namespace aspectdiff::plugins::sentiment
