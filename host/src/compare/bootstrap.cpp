#include "compare/bootstrap.hpp"

#include "compare/random.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace aspectdiff::compare {

namespace {

void check_sample(std::span<const double> values, const char *side) {
  if (values.empty())
    throw std::invalid_argument(std::string("bootstrap: sample ") + side + " is empty");
  if (values.size() > std::numeric_limits<std::uint32_t>::max())
    throw std::invalid_argument(std::string("bootstrap: sample ") + side +
                                " has more than 2^32-1 values");
  for (std::size_t i = 0; i < values.size(); ++i)
    if (!std::isfinite(values[i]))
      throw std::invalid_argument(std::string("bootstrap: sample ") + side + " value " +
                                  std::to_string(i) + " is not a finite number");
}

double resampled_mean(std::span<const double> values, Xoshiro256 &rng) {
  const auto n = static_cast<std::uint32_t>(values.size());
  double sum = 0.0;
  for (std::uint32_t i = 0; i < n; ++i)
    sum += values[rng.below(n)];
  return sum / static_cast<double>(n);
}

// Linear interpolation between order statistics (Hyndman & Fan type 7, the common default), so
// the percentile does not jump with the parity of `samples`. `sorted` must be sorted.
double percentile(const std::vector<double> &sorted, double p) {
  const double position = p * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  const double fraction = position - static_cast<double>(below);
  if (sorted[below] == sorted[above]) return sorted[below];
  return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

} // namespace

model::Interval bootstrap_mean_difference(std::span<const double> a, std::span<const double> b,
                                          unsigned samples, std::uint64_t seed) {
  check_sample(a, "a");
  check_sample(b, "b");
  if (samples == 0) throw std::invalid_argument("bootstrap: the number of resamples is 0");

  Xoshiro256 rng(seed);
  std::vector<double> differences(samples);
  for (auto &difference : differences)
    difference = resampled_mean(b, rng) - resampled_mean(a, rng);
  std::sort(differences.begin(), differences.end());

  model::Interval interval;
  interval.low = percentile(differences, 0.025);
  interval.high = percentile(differences, 0.975);
  interval.distinguishable = interval.low > 0.0 || interval.high < 0.0;
  return interval;
}

} // namespace aspectdiff::compare
