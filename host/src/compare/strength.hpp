// The common strength that ranks every difference of a pair, whatever aspect it comes from.
// docs/ranking.md gives the reasoning and a worked example.
//
//   strength = effect x coverage_weight(coverage)
//
// effect: a z-like standardised effect size. For a metric delta with a bootstrap interval it is
// |delta| / se, the standard error read off the 95% percentile interval as (high - low) / 3.92;
// for a plugin finding it is the plugin's `magnitude`, which the ABI defines the same way.
// coverage: the share of the documents the difference concerns (a theme's share of sentences,
// an actor's salience, the share of sentences where a metric is not zero), the larger side's.
// coverage_weight(c) = c (1 + k) / (c + k) with k = 0.05: 1 for a difference that concerns the
// whole document, about one half for one that concerns one sentence in twenty, so that a single
// mention leads only when its effect is truly the largest. Unknown coverage weighs 1.
#pragma once

#include "model/comparison.hpp"
#include "model/result.hpp"

#include <span>

namespace aspectdiff::compare {

inline constexpr double coverage_half_weight = 0.05; // k above
inline constexpr double z_of_95_percent = 1.959963984540054;
// A delta whose interval has no width (every resample agreed) is as clear as a difference gets;
// its effect is capped here instead of being infinite.
inline constexpr double max_effect = 50.0;

// The weight of a difference concerning `coverage` of a document; 1 when coverage < 0 (unknown).
double coverage_weight(double coverage) noexcept;

// |delta| over the standard error implied by its 95% interval; 0 without an interval.
double metric_effect(const model::MetricDelta &delta) noexcept;

// Two-sided p value of a z-like effect under the normal approximation: erfc(z / sqrt 2).
double two_sided_p(double effect) noexcept;

// The share of sentences, on the side where it is larger, whose value of the metric is neither
// zero nor missing; negative when neither side has per-sentence values.
double metric_coverage(const model::Metric &a, const model::Metric &b) noexcept;

} // namespace aspectdiff::compare
