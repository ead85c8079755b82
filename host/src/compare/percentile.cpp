#include "compare/percentile.hpp"

#include <aspectdiff/sdk/resampling.hpp>

#include <array>
#include <cmath>

namespace aspectdiff::compare {

namespace {

// Where percentile p falls among n sorted values: the order statistic below it and how far
// towards the next one.
struct Position {
  std::size_t below = 0;
  double fraction = 0.0;
};

Position position_of(std::size_t n, double p) {
  const double position = p * static_cast<double>(n - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  return {below, position - static_cast<double>(below)};
}

double interpolate(double low, double high, double fraction) {
  if (low == high) return low;
  return low + fraction * (high - low);
}

} // namespace

PercentilePair percentiles(std::span<const double> values, double p_low, double p_high) {
  const std::size_t n = values.size();
  const Position low = position_of(n, p_low);
  const Position high = position_of(n, p_high);
  // The order statistic below each percentile and the one after it (the last one twice).
  const auto next = [n](std::size_t rank) { return rank + 1 < n ? rank + 1 : rank; };
  if (low.below == high.below) {
    const std::array<std::size_t, 2> ranks{low.below, next(low.below)};
    std::array<double, 2> at{};
    sdk::order_statistics(values, ranks, at);
    return {interpolate(at[0], at[1], low.fraction), interpolate(at[0], at[1], high.fraction)};
  }
  const std::array<std::size_t, 4> ranks{low.below, next(low.below), high.below, next(high.below)};
  std::array<double, 4> at{};
  sdk::order_statistics(values, ranks, at);
  return {interpolate(at[0], at[1], low.fraction), interpolate(at[2], at[3], high.fraction)};
}

} // namespace aspectdiff::compare
