#include "compare/bootstrap.hpp"

#include "compare/random.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
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

// The resampled positions for samples of `n` values: `samples` rows of n indices into the sample,
// drawn once from one seeded stream. Every metric of a comparison with the same number of
// sentence values resamples the same positions, and so does the next comparison on this thread:
// drawing the indices was most of the bootstrap's cost, and it depends only on (n, seed).
struct ResamplePlan {
  std::uint32_t n = 0;
  unsigned samples = 0;
  std::uint64_t seed = 0;
  std::vector<std::uint32_t> indices; // row r is [r * n, (r + 1) * n)
};

class PlanCache {
public:
  // 4 M indices (16 MB) per thread: a few hundred distinct document sizes at 2,000 resamples.
  static constexpr std::size_t budget_values = std::size_t{4} << 20;

  // Makes room for plans of `values` indices in all before any is handed out, so that a plan
  // returned by get() stays valid until the next reserve().
  void reserve(std::size_t values) {
    if (held_ + values > budget_values) {
      plans_.clear();
      held_ = 0;
    }
  }

  const ResamplePlan &get(std::uint32_t n, unsigned samples, std::uint64_t seed) {
    for (const auto &plan : plans_)
      if (plan->n == n && plan->samples == samples && plan->seed == seed) return *plan;
    auto plan = std::make_unique<ResamplePlan>();
    plan->n = n;
    plan->samples = samples;
    plan->seed = seed;
    plan->indices.resize(std::size_t{n} * samples);
    Xoshiro256 rng(seed);
    for (auto &index : plan->indices)
      index = rng.below(n);
    held_ += plan->indices.size();
    plans_.push_back(std::move(plan));
    return *plans_.back();
  }

private:
  std::vector<std::unique_ptr<ResamplePlan>> plans_;
  std::size_t held_ = 0;
};

PlanCache &plan_cache() {
  thread_local PlanCache cache;
  return cache;
}

// The mean of each resample of `values` by `plan`, written into `means`.
void resampled_means(std::span<const double> values, const ResamplePlan &plan,
                     std::vector<double> &means) {
  means.resize(plan.samples);
  const std::uint32_t *index = plan.indices.data();
  const auto n = static_cast<double>(plan.n);
  for (unsigned r = 0; r < plan.samples; ++r) {
    double sum = 0.0;
    for (std::uint32_t i = 0; i < plan.n; ++i)
      sum += values[index[i]];
    index += plan.n;
    means[r] = sum / n;
  }
}

// The same means as resampled_means() with the plan of (values.size(), samples, seed), drawing
// each position as it is used instead of keeping them: for a document too long to keep them.
void drawn_means(std::span<const double> values, unsigned samples, std::uint64_t seed,
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

// Linear interpolation between order statistics (Hyndman & Fan type 7, the common default), so
// the percentile does not jump with the parity of the number of resamples. Partially reorders
// `values`: two selections instead of a full sort, with the same result.
double percentile(std::vector<double> &values, double p) {
  const double position = p * static_cast<double>(values.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const auto at = values.begin() + static_cast<std::ptrdiff_t>(below);
  std::nth_element(values.begin(), at, values.end());
  const double low = *at;
  const double high = below + 1 < values.size() ? *std::min_element(at + 1, values.end()) : low;
  const double fraction = position - static_cast<double>(below);
  if (low == high) return low;
  return low + fraction * (high - low);
}

} // namespace

model::Interval bootstrap_mean_difference(std::span<const double> a, std::span<const double> b,
                                          unsigned samples, std::uint64_t seed) {
  check_sample(a, "a");
  check_sample(b, "b");
  if (samples == 0) throw std::invalid_argument("bootstrap: the number of resamples is 0");

  const auto na = static_cast<std::uint32_t>(a.size());
  const auto nb = static_cast<std::uint32_t>(b.size());
  // The two sides are resampled independently: their own streams, even at equal sizes.
  const std::uint64_t seed_b = seed ^ 0xb5ad4eceda1ce2a9ULL;
  thread_local std::vector<double> means_a, differences; // reused: no allocation per call
  if ((std::size_t{na} + nb) * samples <= PlanCache::budget_values) {
    PlanCache &cache = plan_cache();
    cache.reserve((std::size_t{na} + nb) * samples);
    resampled_means(a, cache.get(na, samples, seed), means_a);
    resampled_means(b, cache.get(nb, samples, seed_b), differences);
  } else {
    drawn_means(a, samples, seed, means_a);
    drawn_means(b, samples, seed_b, differences);
  }
  for (unsigned r = 0; r < samples; ++r)
    differences[r] -= means_a[r];

  model::Interval interval;
  interval.low = percentile(differences, 0.025);
  interval.high = percentile(differences, 0.975);
  interval.distinguishable = interval.low > 0.0 || interval.high < 0.0;
  return interval;
}

} // namespace aspectdiff::compare
