// The bootstrap's fast path (kept positions, four resamples summed side by side, the reference's
// means kept, percentiles from the tails alone) against the plain one written out here: every
// position drawn in turn, every resample summed alone, the differences fully sorted. Both must
// give the same interval to the last bit, whatever was computed before on the thread.
#include "compare/bootstrap.hpp"
#include "compare/percentile.hpp"
#include "compare/random.hpp"

#include <aspectdiff/sdk/resampling.hpp>

#include "../../support/random_values.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <utility>
#include <vector>

using namespace aspectdiff::compare;

namespace {

// Uniform in [-0.3, 0.7).
std::vector<double> uniform_sample(std::size_t n, unsigned seed) {
  return aspectdiff::testing::random_values(n, seed, [](std::uint64_t bits) {
    return static_cast<double>(bits >> 11) / 9007199254740992.0 - 0.3;
  });
}

std::vector<double> plain_means(const std::vector<double> &values, unsigned samples,
                                std::uint64_t seed) {
  const auto n = static_cast<std::uint32_t>(values.size());
  Xoshiro256 rng(seed);
  std::vector<double> means(samples);
  for (auto &mean : means) {
    double sum = 0.0;
    for (std::uint32_t i = 0; i < n; ++i)
      sum += values[rng.below(n)];
    mean = sum / static_cast<double>(n);
  }
  return means;
}

double plain_percentile(const std::vector<double> &sorted, double p) {
  const double position = p * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const double low = sorted[below];
  const double high = below + 1 < sorted.size() ? sorted[below + 1] : low;
  if (low == high) return low;
  return low + (position - static_cast<double>(below)) * (high - low);
}

aspectdiff::model::Interval plain_bootstrap(const std::vector<double> &a,
                                            const std::vector<double> &b, unsigned samples,
                                            std::uint64_t seed) {
  const auto means_a = plain_means(a, samples, seed);
  auto differences = plain_means(b, samples, seed ^ 0xb5ad4eceda1ce2a9ULL);
  for (unsigned r = 0; r < samples; ++r)
    differences[r] -= means_a[r];
  std::sort(differences.begin(), differences.end());
  aspectdiff::model::Interval interval;
  interval.low = plain_percentile(differences, 0.025);
  interval.high = plain_percentile(differences, 0.975);
  interval.distinguishable = interval.low > 0.0 || interval.high < 0.0;
  return interval;
}

} // namespace

TEST_CASE("bootstrap: the fast path gives the plain path's interval to the last bit",
          "[compare][bootstrap]") {
  const auto reference = uniform_sample(18, 1);
  // Sizes around the four-resample blocks, odd resample counts, one long sample (its positions
  // are drawn as they are used), and the reference both before and after other side-A samples.
  const std::vector<std::size_t> sizes{2, 3, 5, 18, 25, 64, 3001};
  const std::vector<unsigned> resamples{1, 3, 7, 999, 2000};
  unsigned data_seed = 100;
  for (const std::size_t n : sizes)
    for (const unsigned samples : resamples) {
      if (n > 1000 && samples < 999) continue;
      const auto other = uniform_sample(n, ++data_seed);
      for (const std::uint64_t seed : {std::uint64_t{0x5eed}, std::uint64_t{77}}) {
        INFO("n " << n << ", resamples " << samples << ", seed " << seed);
        const auto fast = bootstrap_mean_difference(reference, other, samples, seed);
        const auto plain = plain_bootstrap(reference, other, samples, seed);
        CHECK(fast.low == plain.low);
        CHECK(fast.high == plain.high);
        CHECK(fast.distinguishable == plain.distinguishable);
        // The other way round: the kept means of side A are the other sample's now.
        const auto swapped = bootstrap_mean_difference(other, reference, samples, seed);
        const auto plain_swapped = plain_bootstrap(other, reference, samples, seed);
        CHECK(swapped.low == plain_swapped.low);
        CHECK(swapped.high == plain_swapped.high);
      }
    }
}

TEST_CASE("bootstrap: a reference compared with many documents keeps its own interval each time",
          "[compare][bootstrap]") {
  const auto reference = uniform_sample(20, 7);
  const auto document = uniform_sample(23, 8);
  const auto alone = plain_bootstrap(reference, document, 2000, 0x5eed);
  // More side-A samples than the thread keeps means for, then the same pair again.
  for (unsigned k = 0; k < 100; ++k)
    bootstrap_mean_difference(uniform_sample(20, 1000 + k), document, 2000, 0x5eed);
  const auto after = bootstrap_mean_difference(reference, document, 2000, 0x5eed);
  CHECK(after.low == alone.low);
  CHECK(after.high == alone.high);
  // A side-A sample that differs from the kept one in its last value only is not taken for it.
  auto changed = reference;
  changed.back() += 1e-9;
  const auto near = bootstrap_mean_difference(changed, document, 2000, 0x5eed);
  const auto plain_near = plain_bootstrap(changed, document, 2000, 0x5eed);
  CHECK(near.low == plain_near.low);
  CHECK(near.high == plain_near.high);
}

TEST_CASE("percentiles: the tails alone give what a full sort gives", "[compare][bootstrap]") {
  std::mt19937_64 engine(3);
  for (const std::size_t n : {1u, 2u, 3u, 10u, 41u, 100u, 2000u, 2001u}) {
    std::vector<double> values(n);
    for (auto &v : values)
      v = static_cast<double>(engine() % 50) - 20.0; // many ties
    const auto untouched = values;
    auto sorted = values;
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[low, high] :
         {std::pair{0.025, 0.975}, std::pair{0.0, 1.0}, std::pair{0.5, 0.5}, std::pair{0.1, 0.3}}) {
      INFO("n " << n << ", p " << low << " and " << high);
      const auto found = percentiles(values, low, high);
      CHECK(found.low == plain_percentile(sorted, low));
      CHECK(found.high == plain_percentile(sorted, high));
    }
    CHECK(values == untouched);
  }
}

TEST_CASE("percentiles: values in order, where a sample of the first ones misleads",
          "[compare][bootstrap]") {
  std::vector<double> ascending(3000);
  for (std::size_t i = 0; i < ascending.size(); ++i)
    ascending[i] = static_cast<double>(i) * 0.5;
  const std::vector<double> descending(ascending.rbegin(), ascending.rend());
  for (const std::vector<double> *values : {&std::as_const(ascending), &descending}) {
    const auto found = percentiles(*values, 0.025, 0.975);
    CHECK(found.low == plain_percentile(ascending, 0.025));
    CHECK(found.high == plain_percentile(ascending, 0.975));
  }
}

TEST_CASE("order statistics: any ranks, repeated ranks and infinities as a full sort gives them",
          "[compare][bootstrap]") {
  std::mt19937_64 engine(4);
  for (const std::size_t n : {1u, 5u, 600u, 1024u, 2000u, 5000u}) {
    std::vector<double> values(n);
    for (auto &v : values) {
      const auto bits = engine();
      v = bits % 97 == 0 ? std::numeric_limits<double>::infinity()
                         : static_cast<double>(bits % 1000) / 7.0;
    }
    auto sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const std::vector<std::vector<std::size_t>> rank_sets{
        {0},
        {n - 1},
        {0, 0, n - 1, n - 1},
        {n / 40, n / 40 + 1, n - n / 40 - 1, n - n / 40},
        {n / 3, n / 2, n - 1}};
    for (const auto &ranks : rank_sets) {
      if (ranks.back() >= n) continue; // n is too small for them
      std::vector<double> found(ranks.size());
      aspectdiff::sdk::order_statistics(values, ranks, found);
      for (std::size_t k = 0; k < ranks.size(); ++k) {
        INFO("n " << n << ", rank " << ranks[k]);
        CHECK(found[k] == sorted[ranks[k]]);
      }
    }
  }
}

TEST_CASE("order statistics: all values equal, or only two, as a full sort gives them",
          "[compare][bootstrap]") {
  std::mt19937_64 engine(5);
  for (const std::size_t n : {40u, 700u, 2000u}) {
    const std::vector<double> equal(n, 0.25);
    std::vector<double> two(n);
    for (auto &v : two)
      v = engine() % 3 == 0 ? -1.0 : 2.0;
    for (const std::vector<double> *values : {&equal, &std::as_const(two)}) {
      auto sorted = *values;
      std::sort(sorted.begin(), sorted.end());
      const std::vector<std::size_t> ranks{0, n / 40, n / 40 + 1, n / 2, n - n / 40 - 1, n - 1};
      std::vector<double> found(ranks.size());
      aspectdiff::sdk::order_statistics(*values, ranks, found);
      for (std::size_t k = 0; k < ranks.size(); ++k) {
        INFO("n " << n << ", rank " << ranks[k]);
        CHECK(found[k] == sorted[ranks[k]]);
      }
    }
  }
}

TEST_CASE("order statistics: a NaN among the values ends the selection all the same",
          "[compare][bootstrap]") {
  // NaN is outside the contract (no order puts it anywhere), but it must not hang a comparison.
  std::vector<double> values(3000, std::nan(""));
  for (std::size_t i = 0; i < values.size(); i += 3)
    values[i] = static_cast<double>(i % 17);
  const std::vector<std::size_t> ranks{10, 11, 2000, 2990};
  std::vector<double> found(ranks.size());
  aspectdiff::sdk::order_statistics(values, ranks, found);
  CHECK(found.size() == ranks.size());
}
