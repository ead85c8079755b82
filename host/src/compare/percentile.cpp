#include "compare/percentile.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

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

// The order statistics at `at` and `at + 1` (the last one twice when `at` is last) of
// `values`, which this reorders: one selection, then the least of what lies above it.
std::pair<double, double> neighbours(std::vector<double> &values, std::size_t at) {
  const auto it = values.begin() + static_cast<std::ptrdiff_t>(at);
  std::nth_element(values.begin(), it, values.end());
  return {*it, at + 1 < values.size() ? *std::min_element(it + 1, values.end()) : *it};
}

// The percentile at `position` when only `tail` is kept: the values of `tail` are all those
// at or below some bound (from the low end) and there are enough of them.
double from_tail(std::vector<double> &tail, Position position) {
  const auto [at, next] = neighbours(tail, position.below);
  return interpolate(at, next, position.fraction);
}

// Values a tail is sampled from before it is cut: the first ones, as resamples come in no order.
constexpr std::size_t sample_size = 128;
// A tail is cut where about this many times the order statistics it must hold should fall.
constexpr std::size_t tail_margin = 4;

PercentilePair by_selection(std::span<const double> values, Position low, Position high) {
  thread_local std::vector<double> copy;
  copy.assign(values.begin(), values.end());
  const double low_value = from_tail(copy, low);
  return {low_value, from_tail(copy, high)};
}

} // namespace

PercentilePair percentiles(std::span<const double> values, double p_low, double p_high) {
  const std::size_t n = values.size();
  const Position low = position_of(n, p_low);
  const Position high = position_of(n, p_high);
  // How many of the smallest and of the largest values the two percentiles need.
  const std::size_t need_low = std::min(n, low.below + 2);
  const std::size_t need_high = n - high.below;
  if (n < 8 * sample_size || std::max(need_low, need_high) * 16 > n)
    return by_selection(values, low, high);

  // Guess from a sample a bound below which a few times `need_low` values fall, and one above
  // which a few times `need_high` do; keep only the values beyond them, in one pass without
  // branches. When a tail holds enough values, every value outside it lies beyond all of
  // them, so its order statistics are those of all values: selecting in about a tenth of the
  // values gives the same percentiles. When the guess was short, select in all of them.
  thread_local std::vector<double> sample, lower, upper;
  sample.assign(values.begin(), values.begin() + sample_size);
  std::sort(sample.begin(), sample.end());
  const auto sample_rank = [n](std::size_t need) {
    return std::min(sample_size - 1, tail_margin * need * sample_size / n);
  };
  const double lower_bound = sample[sample_rank(need_low)];
  const double upper_bound = sample[sample_size - 1 - sample_rank(need_high)];
  lower.resize(n);
  upper.resize(n);
  std::size_t in_lower = 0, in_upper = 0;
  for (const double v : values) {
    lower[in_lower] = v;
    in_lower += v <= lower_bound ? 1 : 0;
    upper[in_upper] = v;
    in_upper += v >= upper_bound ? 1 : 0;
  }
  if (in_lower < need_low || in_upper < need_high) return by_selection(values, low, high);
  lower.resize(in_lower);
  upper.resize(in_upper);
  // The upper tail counted from its own low end: the same order statistics, shifted.
  const Position high_in_tail{high.below - (n - in_upper), high.fraction};
  return {from_tail(lower, low), from_tail(upper, high_in_tail)};
}

} // namespace aspectdiff::compare
