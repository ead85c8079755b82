#include "bootstrap.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace aspectdiff::plugins::hedging {
namespace {

// SplitMix64: small, fast and good enough to pick resampling indices.
class SplitMix {
public:
  explicit SplitMix(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n): 53 random bits scaled, unbiased enough for resampling.
  std::size_t below(std::size_t n) noexcept {
    const double unit = static_cast<double>(next() >> 11) * 0x1.0p-53;
    return std::min(n - 1, static_cast<std::size_t>(unit * static_cast<double>(n)));
  }

private:
  std::uint64_t state_;
};

double resampled_mean(std::span<const double> v, SplitMix &rng) {
  double sum = 0.0;
  for (std::size_t i = 0; i < v.size(); ++i)
    sum += v[rng.below(v.size())];
  return sum / static_cast<double>(v.size());
}

} // namespace

bool bootstrap_ratio(std::span<const double> a, std::span<const double> b, RatioInterval &out,
                     std::uint32_t resamples, double confidence) {
  if (a.empty() || b.empty() || resamples == 0) return false;
  // Neither side uses the class at all (the common case in a short article): every resample
  // has both means at zero, so every ratio is 1, whatever the draws.
  const auto zero = [](double v) { return v == 0.0; };
  if (std::all_of(a.begin(), a.end(), zero) && std::all_of(b.begin(), b.end(), zero)) {
    out.low = out.high = 1.0;
    out.bounded = true;
    return true;
  }
  SplitMix rng(0x5eedull ^ (a.size() * 1315423911ull) ^ (b.size() << 20));
  thread_local std::vector<double> ratios; // reused: no allocation per comparison
  ratios.clear();
  ratios.reserve(resamples);
  for (std::uint32_t r = 0; r < resamples; ++r) {
    const double ma = resampled_mean(a, rng);
    const double mb = resampled_mean(b, rng);
    if (ma > 0.0)
      ratios.push_back(mb / ma);
    else if (mb > 0.0)
      ratios.push_back(std::numeric_limits<double>::infinity());
    else
      ratios.push_back(1.0); // neither uses the class in this resample: no difference
  }
  const double tail = (1.0 - confidence) / 2.0;
  // The order statistic at q, by selection: the element a full sort would put there.
  const auto at = [&](double q) {
    const auto i =
        static_cast<std::ptrdiff_t>(std::floor(q * static_cast<double>(ratios.size() - 1)));
    std::nth_element(ratios.begin(), ratios.begin() + i, ratios.end());
    return ratios[static_cast<std::size_t>(i)];
  };
  out.low = at(tail);
  out.high = at(1.0 - tail);
  out.bounded = std::isfinite(out.high);
  return true;
}

} // namespace aspectdiff::plugins::hedging
