#include "compare/bootstrap.hpp"

#include "compare/percentile.hpp"
#include "compare/resampling.hpp"

#include <algorithm>
#include <array>
#include <bit>
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

// The resampled means of side A, kept per thread for the next calls with the same values,
// resamples and seed. `compare` puts the reference on side A of every comparison, so each of its
// metrics is resampled once per thread instead of once per document compared with it. Values
// are matched bit for bit, which makes a hit exactly what resampling again would give.
class ReferenceMeans {
public:
  // Enough for every metric of a reference with room to spare; older entries are replaced in
  // turn, so a caller whose side A always changes pays one copy per call and keeps no more.
  static constexpr std::size_t capacity = 64;

  const std::vector<double> &get(std::span<const double> values, unsigned samples,
                                 std::uint64_t seed) {
    for (const Entry &entry : entries_)
      if (entry.samples == samples && entry.seed == seed && same_values(entry.values, values))
        return entry.means;
    Entry &entry = entries_[next_];
    next_ = (next_ + 1) % capacity;
    entry.values.assign(values.begin(), values.end());
    entry.samples = samples;
    entry.seed = seed;
    resampled_means(values, samples, seed, entry.means);
    return entry.means;
  }

private:
  struct Entry {
    std::vector<double> values;
    unsigned samples = 0; // 0: empty (a bootstrap never has 0 resamples)
    std::uint64_t seed = 0;
    std::vector<double> means;
  };

  static bool same_values(const std::vector<double> &kept, std::span<const double> values) {
    return kept.size() == values.size() &&
           std::equal(kept.begin(), kept.end(), values.begin(), [](double x, double y) {
             return std::bit_cast<std::uint64_t>(x) == std::bit_cast<std::uint64_t>(y);
           });
  }

  std::array<Entry, capacity> entries_;
  std::size_t next_ = 0;
};

} // namespace

model::Interval bootstrap_mean_difference(std::span<const double> a, std::span<const double> b,
                                          unsigned samples, std::uint64_t seed) {
  check_sample(a, "a");
  check_sample(b, "b");
  if (samples == 0) throw std::invalid_argument("bootstrap: the number of resamples is 0");

  // The two sides are resampled independently: their own streams, even at equal sizes.
  const std::uint64_t seed_b = seed ^ 0xb5ad4eceda1ce2a9ULL;
  thread_local ReferenceMeans reference;
  thread_local std::vector<double> differences; // reused: no allocation per call
  const std::vector<double> &means_a = reference.get(a, samples, seed);
  resampled_means(b, samples, seed_b, differences);
  for (unsigned r = 0; r < samples; ++r)
    differences[r] -= means_a[r];

  const PercentilePair bounds = percentiles(differences, 0.025, 0.975);
  model::Interval interval;
  interval.low = bounds.low;
  interval.high = bounds.high;
  interval.distinguishable = interval.low > 0.0 || interval.high < 0.0;
  return interval;
}

} // namespace aspectdiff::compare
