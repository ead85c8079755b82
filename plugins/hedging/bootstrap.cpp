#include "bootstrap.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

#include <aspectdiff/sdk/resampling.hpp>

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

// Resampled positions for a side of `n` values, drawn once per (n, seed) and kept per thread:
// drawing them was most of the cost of a comparison, and a batch compares one reference with
// thousands of articles of a few recurring sentence counts.
struct PlanKey {
  std::size_t n = 0;
  std::uint64_t seed = 0;
  bool operator==(const PlanKey &) const = default;
};

constexpr std::size_t kept_budget = std::size_t{2} << 20; // 8 MB of positions per thread

// Resample r is [r * n, (r + 1) * n).
const std::vector<std::uint32_t> &plan_of(std::size_t n, std::uint32_t resamples,
                                          std::uint64_t seed) {
  thread_local sdk::KeptPositions<PlanKey> kept(kept_budget);
  return kept.get({n, seed}, n * resamples, [&](std::uint32_t *out) {
    SplitMix rng(seed);
    for (std::size_t i = 0; i < n * resamples; ++i)
      out[i] = static_cast<std::uint32_t>(rng.below(n));
  });
}

// The same means as the plan of (v.size(), resamples, seed) gives, each position drawn as it
// is used: for a document too long to keep them.
void drawn_means(std::span<const double> v, std::uint32_t resamples, std::uint64_t seed,
                 std::vector<double> &means) {
  means.resize(resamples);
  SplitMix rng(seed);
  for (std::uint32_t r = 0; r < resamples; ++r) {
    double sum = 0.0;
    for (std::size_t i = 0; i < v.size(); ++i)
      sum += v[static_cast<std::uint32_t>(rng.below(v.size()))];
    means[r] = sum / static_cast<double>(v.size());
  }
}

// The means of the resamples whose positions `plan` lists, one per element of `means`. Two are
// summed side by side, each in its own order (the result is what one at a time gives), so that
// their chains of additions overlap.
void resampled_means(std::span<const double> v, const std::vector<std::uint32_t> &plan,
                     std::vector<double> &means) {
  const std::size_t n = v.size();
  const auto count = static_cast<double>(n);
  const std::uint32_t *row = plan.data();
  std::size_t r = 0;
  for (; r + 2 <= means.size(); r += 2, row += 2 * n) {
    double sum0 = 0.0, sum1 = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      sum0 += v[row[i]];
      sum1 += v[row[n + i]];
    }
    means[r] = sum0 / count;
    means[r + 1] = sum1 / count;
  }
  for (; r < means.size(); ++r, row += n) {
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i)
      sum += v[row[i]];
    means[r] = sum / count;
  }
}

} // namespace

bool bootstrap_ratio(std::span<const double> a, std::span<const double> b, RatioInterval &out,
                     std::uint32_t resamples, double confidence) {
  if (a.empty() || b.empty() || resamples == 0) return false;
  // Each side resamples its own positions, from a seed of its size alone.
  const std::uint64_t seed_a = 0x5eedull ^ (a.size() * 1315423911ull);
  const std::uint64_t seed_b = 0xb5eedull ^ (b.size() << 20);
  thread_local std::vector<double> means_a, ratios; // reused: no allocation per comparison
  if ((a.size() + b.size()) * resamples <= kept_budget / 2) {
    means_a.resize(resamples);
    ratios.resize(resamples);
    resampled_means(a, plan_of(a.size(), resamples, seed_a), means_a);
    resampled_means(b, plan_of(b.size(), resamples, seed_b), ratios);
  } else {
    drawn_means(a, resamples, seed_a, means_a);
    drawn_means(b, resamples, seed_b, ratios);
  }
  for (std::uint32_t r = 0; r < resamples; ++r) {
    const double ma = means_a[r], mb = ratios[r];
    if (ma > 0.0)
      ratios[r] = mb / ma;
    else if (mb > 0.0)
      ratios[r] = std::numeric_limits<double>::infinity();
    else
      ratios[r] = 1.0; // neither uses the class in this resample: no difference
  }
  const double tail = (1.0 - confidence) / 2.0;
  // The order statistics a full sort would put at the two quantiles.
  const auto rank = [&](double q) {
    return static_cast<std::size_t>(std::floor(q * static_cast<double>(ratios.size() - 1)));
  };
  const std::array<std::size_t, 2> ranks{rank(tail), rank(1.0 - tail)};
  std::array<double, 2> bounds{};
  sdk::order_statistics(ratios, ranks, bounds);
  out.low = bounds[0];
  out.high = bounds[1];
  out.bounded = std::isfinite(out.high);
  return true;
}

} // namespace aspectdiff::plugins::hedging
