// The hedging plugin's bootstrap of a ratio of means (positions kept per size, two resamples
// summed side by side) against the plain one written out here, each position drawn as it is
// used: the interval must agree to the last bit, whatever the thread computed before.
#include "../../../plugins/hedging/bootstrap.hpp"
#include "../../support/random_values.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

using aspectdiff::plugins::hedging::bootstrap_ratio;
using aspectdiff::plugins::hedging::RatioInterval;

namespace {

// Cues per sentence: mostly none, some one or two.
std::vector<double> cue_counts(std::size_t n, unsigned seed) {
  return aspectdiff::testing::random_values(
      n, seed, [](std::uint64_t bits) { return static_cast<double>(bits % 7 / 3); });
}

std::vector<double> plain_means(const std::vector<double> &v, std::uint32_t resamples,
                                std::uint64_t seed) {
  std::vector<double> means(resamples);
  for (auto &mean : means) {
    double sum = 0.0;
    for (std::size_t i = 0; i < v.size(); ++i) {
      std::uint64_t z = (seed += 0x9e3779b97f4a7c15ull);
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
      z ^= z >> 31;
      const double unit = static_cast<double>(z >> 11) * 0x1.0p-53;
      sum +=
          v[std::min(v.size() - 1, static_cast<std::size_t>(unit * static_cast<double>(v.size())))];
    }
    mean = sum / static_cast<double>(v.size());
  }
  return means;
}

RatioInterval plain_ratio(const std::vector<double> &a, const std::vector<double> &b,
                          std::uint32_t resamples) {
  const auto means_a = plain_means(a, resamples, 0x5eedull ^ (a.size() * 1315423911ull));
  auto ratios = plain_means(b, resamples, 0xb5eedull ^ (b.size() << 20));
  for (std::uint32_t r = 0; r < resamples; ++r) {
    if (means_a[r] > 0.0)
      ratios[r] /= means_a[r];
    else
      ratios[r] = ratios[r] > 0.0 ? std::numeric_limits<double>::infinity() : 1.0;
  }
  std::sort(ratios.begin(), ratios.end());
  const auto at = [&](double q) {
    return ratios[static_cast<std::size_t>(std::floor(q * static_cast<double>(resamples - 1)))];
  };
  RatioInterval out;
  out.low = at(0.025);
  out.high = at(0.975);
  out.bounded = std::isfinite(out.high);
  return out;
}

} // namespace

TEST_CASE("hedging bootstrap: the fast path gives the plain path's ratio interval to the last bit",
          "[hedging][compare][bootstrap]") {
  unsigned seed = 1;
  for (const auto &[na, nb] : std::vector<std::pair<std::size_t, std::size_t>>{
           {1, 1}, {2, 9}, {18, 25}, {25, 18}, {40, 40}, {1200, 1100}})
    for (const std::uint32_t resamples : {1u, 3u, 1000u}) {
      INFO("sizes " << na << " and " << nb << ", resamples " << resamples);
      const auto a = cue_counts(na, ++seed), b = cue_counts(nb, ++seed);
      for (int again = 0; again < 2; ++again) {
        RatioInterval fast;
        REQUIRE(bootstrap_ratio(a, b, fast, resamples));
        const RatioInterval plain = plain_ratio(a, b, resamples);
        CHECK(fast.low == plain.low);
        CHECK(fast.high == plain.high);
        CHECK(fast.bounded == plain.bounded);
      }
    }
}
