// The sentiment plugin's bootstrap (positions kept per pair of sizes, two resamples summed side
// by side, the quantiles selected) against the plain one written out here: each position drawn
// as it is used, each mean alone, the differences fully sorted. The intervals and standard
// errors must agree to the last bit, whatever the thread computed before.
#include "../../../plugins/sentiment/src/bootstrap.hpp"
#include "../../support/random_values.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <thread>
#include <vector>

using aspectdiff::plugins::sentiment::bootstrap_mean_difference;
using aspectdiff::plugins::sentiment::Interval;

namespace {

// Stance values in [-1, 1], in steps of 0.001.
std::vector<double> stance_values(std::size_t n, unsigned seed) {
  return aspectdiff::testing::random_values(
      n, seed, [](std::uint64_t bits) { return static_cast<double>(bits % 2001) / 1000.0 - 1.0; });
}

struct PlainStream {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  double mean_of_resample(const std::vector<double> &v) {
    if (v.empty()) return 0.0;
    double total = 0.0;
    for (std::size_t i = 0; i < v.size(); ++i)
      total += v[next() % v.size()];
    return total / static_cast<double>(v.size());
  }
};

Interval plain_bootstrap(const std::vector<double> &a, const std::vector<double> &b,
                         int resamples) {
  PlainStream stream{0x5eed0000u + a.size() * 31 + b.size()};
  std::vector<double> diffs(static_cast<std::size_t>(std::max(resamples, 1)));
  for (auto &d : diffs) {
    const double mean_b = stream.mean_of_resample(b); // B's positions are drawn first
    d = mean_b - stream.mean_of_resample(a);
  }
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

void check_same(const Interval &fast, const Interval &plain) {
  CHECK(fast.low == plain.low);
  CHECK(fast.high == plain.high);
  CHECK(fast.standard_error == plain.standard_error);
}

} // namespace

TEST_CASE("sentiment bootstrap: the fast path gives the plain path's interval to the last bit",
          "[sentiment][compare][bootstrap]") {
  // Stance sides of a few mentions, document sides of many sentences, an empty side, odd
  // resample counts, and sides too long to keep their positions for.
  const std::vector<std::pair<std::size_t, std::size_t>> sizes{
      {2, 2}, {6, 3}, {3, 6}, {0, 4}, {5, 0}, {18, 25}, {18, 37}, {1500, 1200}};
  unsigned seed = 1;
  for (const auto &[na, nb] : sizes)
    for (const int resamples : {1, 2, 3, 999, 2000}) {
      INFO("sizes " << na << " and " << nb << ", resamples " << resamples);
      const auto a = stance_values(na, ++seed), b = stance_values(nb, ++seed);
      check_same(bootstrap_mean_difference(a, b, resamples), plain_bootstrap(a, b, resamples));
      // Asked again, from kept positions.
      check_same(bootstrap_mean_difference(a, b, resamples), plain_bootstrap(a, b, resamples));
    }
}

TEST_CASE("sentiment bootstrap: an interval does not depend on what the thread did before",
          "[sentiment][compare][bootstrap]") {
  const auto a = stance_values(18, 50), b = stance_values(23, 51);
  Interval fresh;
  std::thread([&] { fresh = bootstrap_mean_difference(a, b); }).join();
  // Enough other pairs of sizes to fill this thread's kept positions more than once.
  for (std::size_t n = 2; n < 400; n += 3)
    bootstrap_mean_difference(stance_values(n, 60), stance_values(n / 2 + 2, 61));
  check_same(bootstrap_mean_difference(a, b), fresh);
}
