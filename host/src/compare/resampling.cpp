#include "compare/resampling.hpp"

#include "compare/random.hpp"

#include <aspectdiff/sdk/resampling.hpp>

namespace aspectdiff::compare {

namespace {

// Resampled positions are kept per (n, samples, seed): every metric of a comparison with the
// same number of sentence values resamples the same positions, and so does the next comparison
// on this thread. Drawing them was most of the bootstrap's cost.
struct PlanKey {
  std::uint32_t n = 0;
  unsigned samples = 0;
  std::uint64_t seed = 0;
  bool operator==(const PlanKey &) const = default;
};

// 4 M positions (16 MB) per thread: a few hundred distinct document sizes at 2,000 resamples.
constexpr std::size_t kept_budget = std::size_t{4} << 20;

// The positions of `key`: row r (of n positions) is resample r, all drawn in order from one
// stream.
const std::vector<std::uint32_t> &plan_of(const PlanKey &key) {
  thread_local sdk::KeptPositions<PlanKey> kept(kept_budget);
  return kept.get(key, std::size_t{key.n} * key.samples, [&key](std::uint32_t *out) {
    Xoshiro256 rng(key.seed);
    for (std::size_t i = 0, count = std::size_t{key.n} * key.samples; i < count; ++i)
      out[i] = rng.below(key.n);
  });
}

// The means of the `samples` resamples whose positions `plan` lists. Four rows are summed side
// by side: each row's sum still runs in its own order, so every mean is what one row at a time
// gives, but four chains of additions overlap instead of each waiting for the one before.
void means_by_plan(std::span<const double> values, unsigned samples,
                   const std::vector<std::uint32_t> &plan, std::vector<double> &means) {
  means.resize(samples);
  const double *v = values.data();
  const auto n = static_cast<std::uint32_t>(values.size());
  const auto count = static_cast<double>(n);
  const std::uint32_t *row = plan.data();
  unsigned r = 0;
  for (; r + 4 <= samples; r += 4, row += std::size_t{4} * n) {
    const std::uint32_t *row1 = row + n, *row2 = row1 + n, *row3 = row2 + n;
    double sum0 = 0.0, sum1 = 0.0, sum2 = 0.0, sum3 = 0.0;
    for (std::uint32_t i = 0; i < n; ++i) {
      sum0 += v[row[i]];
      sum1 += v[row1[i]];
      sum2 += v[row2[i]];
      sum3 += v[row3[i]];
    }
    means[r] = sum0 / count;
    means[r + 1] = sum1 / count;
    means[r + 2] = sum2 / count;
    means[r + 3] = sum3 / count;
  }
  for (; r < samples; ++r, row += n) {
    double sum = 0.0;
    for (std::uint32_t i = 0; i < n; ++i)
      sum += v[row[i]];
    means[r] = sum / count;
  }
}

// The same means, drawing each position as it is used instead of keeping them.
void means_as_drawn(std::span<const double> values, unsigned samples, std::uint64_t seed,
                    std::vector<double> &means) {
  means.resize(samples);
  const auto n = static_cast<std::uint32_t>(values.size());
  Xoshiro256 rng(seed);
  for (unsigned r = 0; r < samples; ++r) {
    double sum = 0.0;
    for (std::uint32_t i = 0; i < n; ++i)
      sum += values[rng.below(n)];
    means[r] = sum / static_cast<double>(n);
  }
}

} // namespace

void resampled_means(std::span<const double> values, unsigned samples, std::uint64_t seed,
                     std::vector<double> &means) {
  const auto n = static_cast<std::uint32_t>(values.size());
  if (std::size_t{n} * samples > kept_budget / 2) {
    means_as_drawn(values, samples, seed, means);
    return;
  }
  means_by_plan(values, samples, plan_of({n, samples, seed}), means);
}

} // namespace aspectdiff::compare
