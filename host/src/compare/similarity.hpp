// The generic similarity of two results of one aspect, in [0, 1].
//
// Items: each side is a vector of weights by key, turned into shares of that side's total
// absolute weight, and the two are compared with a weighted Jaccard (Ruzicka) index:
//     sum over keys of min(share_a, share_b)  /  sum over keys of max(share_a, share_b).
// Why this rather than the cosine of the weights:
//   - it is linear in the weights, so twenty small items missing on one side cost as much as one
//     item of the same total weight; the cosine squares weights and lets one dominant shared item
//     hide a long tail of differences;
//   - shares make it independent of document length (a text twice as long with the same mix of
//     actors or themes is identical in this respect);
//   - for two key sets of the same size with equal weights it is the plain Jaccard index of the
//     sets, which readers already know; it is 1 only for identical shares, 0 for disjoint keys.
// A negative weight (e.g. a stance against something) is kept apart from a positive one by
// giving each key a positive and a negative part, so +0.5 against -0.5 shares nothing. When a
// side's weights are all zero, counts are compared instead, and presence alone when counts are
// zero too; both sides always use the same basis.
//
// Metrics: each metric the two sides share gets a distance in [0, 1] by kind:
//     score (on [-1, 1])      |a - b| / 2
//     proportion (on [0, 1])  |a - b|
//     rate, count, value      |a - b| / max(|a|, |b|, 1e-12)   (relative difference, capped at 1)
// and the metric similarity is 1 minus the mean distance. A non-finite value counts as distance 1.
//
// Combined: the mean of the item and metric similarities when the result has both, whichever
// exists otherwise, and 1 when both sides are empty (there is nothing that differs).
#pragma once

#include "compare/item_diff.hpp"
#include "model/comparison.hpp"
#include "model/result.hpp"

#include <optional>
#include <span>

namespace aspectdiff::compare {

// Ruzicka index of the items' shares; nullopt when neither side has items.
std::optional<double> item_similarity(const ItemSets &items);

// Distance in [0, 1] between two values of one metric kind.
double metric_distance(model::MetricKind kind, double a, double b);

// 1 - mean distance of the deltas; nullopt when there are none.
std::optional<double> metric_similarity(std::span<const model::MetricDelta> deltas);

// The aspect's similarity from its two parts, as described above.
double combine_similarity(std::optional<double> items, std::optional<double> metrics);

} // namespace aspectdiff::compare
