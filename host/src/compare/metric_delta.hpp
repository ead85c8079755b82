// Differences between the metrics two results share.
#pragma once

#include "compare/options.hpp"
#include "model/comparison.hpp"
#include "model/result.hpp"

#include <span>
#include <vector>

namespace aspectdiff::compare {

// One delta (b - a) per metric name present on both sides, in A's order; a name that repeats
// within a side counts once (its first occurrence). When both metrics carry finite per-sentence
// values, the delta gets a bootstrap interval of the difference of per-sentence means (seeded by
// `options.seed` and the metric's name, so each metric has its own reproducible stream).
// Evidence is capped at `options.evidence_per_difference` spans per side. A metric present on
// one side only is not a delta: the two sides are not measuring the same thing.
std::vector<model::MetricDelta> metric_deltas(std::span<const model::Metric> a,
                                              std::span<const model::Metric> b,
                                              const CompareOptions &options);

} // namespace aspectdiff::compare
