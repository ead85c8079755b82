// Aggregates per group: the mean of each measure with a 95% interval, and the differences
// between groups, as when comparing two outlets' coverage.
//
// Intervals use the normal approximation (mean ± 1.96 standard errors, Welch's standard error for
// a difference), which suits the group sizes of a corpus run (tens to thousands of documents)
// and needs only running sums, so aggregation is one streaming pass.
#pragma once

#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace aspectdiff::batch {

// Welford's running mean and variance.
struct RunningStat {
  std::uint64_t n = 0;
  double mean = 0.0;
  double m2 = 0.0;

  void add(double x) {
    if (!std::isfinite(x)) return;
    ++n;
    const double d = x - mean;
    mean += d / static_cast<double>(n);
    m2 += d * (x - mean);
  }
  double variance() const { return n > 1 ? m2 / static_cast<double>(n - 1) : 0.0; }
  double standard_error() const {
    return n > 0 ? std::sqrt(variance() / static_cast<double>(n)) : 0.0;
  }
};

struct Interval {
  double low = 0.0, high = 0.0;
};

inline constexpr double z95 = 1.959963984540054;

inline Interval mean_interval(const RunningStat &s) {
  const double half = z95 * s.standard_error();
  return {s.mean - half, s.mean + half};
}

struct GroupDifference {
  double difference = 0.0; // b - a
  Interval interval;
  bool distinguishable = false; // the interval excludes 0
};

inline GroupDifference difference_of(const RunningStat &a, const RunningStat &b) {
  GroupDifference d;
  d.difference = b.mean - a.mean;
  const double se =
      std::sqrt(a.standard_error() * a.standard_error() + b.standard_error() * b.standard_error());
  d.interval = {d.difference - z95 * se, d.difference + z95 * se};
  d.distinguishable = d.interval.low > 0.0 || d.interval.high < 0.0;
  return d;
}

// One group's accumulators. Measures are keyed by name ("sentiment.score",
// "similarity:essay.txt", "actors:state:RU", "coverage:actors:state:RU").
struct GroupAccumulator {
  std::uint64_t documents = 0;
  std::map<std::string, RunningStat, std::less<>> measures;
};

} // namespace aspectdiff::batch
