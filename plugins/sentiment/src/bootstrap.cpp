#include "bootstrap.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace aspectdiff::plugins::sentiment {

namespace {

// SplitMix64: small, fast and good enough to draw resampling indices.
struct SplitMix {
  std::uint64_t state;
  std::uint64_t next() noexcept {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) noexcept {
    return static_cast<std::size_t>(next() % n); // n is small: the bias is negligible
  }
};

double resampled_mean(std::span<const double> v, SplitMix &rng) {
  if (v.empty()) return 0.0;
  double total = 0.0;
  for (std::size_t i = 0; i < v.size(); ++i)
    total += v[rng.below(v.size())];
  return total / static_cast<double>(v.size());
}

} // namespace

Interval bootstrap_mean_difference(std::span<const double> a, std::span<const double> b,
                                   int resamples) {
  SplitMix rng{0x5eed0000u + a.size() * 31 + b.size()};
  std::vector<double> diffs(static_cast<std::size_t>(std::max(resamples, 1)));
  for (auto &d : diffs)
    d = resampled_mean(b, rng) - resampled_mean(a, rng);
  double mean = 0.0, square = 0.0;
  for (const double d : diffs)
    mean += d / static_cast<double>(diffs.size());
  for (const double d : diffs)
    square += (d - mean) * (d - mean) / static_cast<double>(diffs.size());
  std::sort(diffs.begin(), diffs.end());
  const auto at = [&](double q) {
    return diffs[static_cast<std::size_t>(q * static_cast<double>(diffs.size() - 1))];
  };
  return {at(0.025), at(0.975), std::sqrt(square)};
}

} // namespace aspectdiff::plugins::sentiment
