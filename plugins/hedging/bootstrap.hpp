// Percentile bootstrap of the ratio of two means (B over A), resampling sentences: how much
// more often B uses a cue class than A, with an interval that reflects how few sentences there
// are. Deterministic: the same inputs give the same interval.
#pragma once

#include <cstdint>
#include <span>

namespace aspectdiff::plugins::hedging {

struct RatioInterval {
  double low = 0.0;
  double high = 0.0;
  bool bounded = true; // false when A's resampled mean was zero too often to bound the ratio
};

// Returns false when either side has no values.
bool bootstrap_ratio(std::span<const double> a, std::span<const double> b, RatioInterval &out,
                     std::uint32_t resamples = 1000, double confidence = 0.95);

} // namespace aspectdiff::plugins::hedging
