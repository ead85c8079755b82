// Percentile bootstrap of a difference of means between two independent samples.
#pragma once

#include "model/comparison.hpp"

#include <cstdint>
#include <span>

namespace aspectdiff::compare {

// 95% percentile bootstrap interval of mean(b) - mean(a): `samples` times, resample each side
// with replacement at its own size and take the difference of the resampled means; the interval
// runs from the 2.5th to the 97.5th percentile of those differences. `distinguishable` is true
// when the interval excludes 0. The same inputs and seed always give the same interval.
// The resampled positions depend only on a side's size and the seed, so they are drawn once per
// thread and reused by every call with that size and seed (the metrics of one comparison, and
// every comparison with documents of that many values); side A's resampled means are kept too,
// for the next call with the same values (the reference's metrics, in every comparison against
// it). Neither changes a result: an interval is the same whatever was computed before it.
// Throws std::invalid_argument when a side is empty, holds a non-finite value or more than
// 2^32-1 values, or when `samples` is 0.
model::Interval bootstrap_mean_difference(std::span<const double> a, std::span<const double> b,
                                          unsigned samples, std::uint64_t seed);

} // namespace aspectdiff::compare
