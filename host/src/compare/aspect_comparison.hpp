// The generic comparison of one aspect of two documents.
#pragma once

#include "compare/options.hpp"
#include "model/comparison.hpp"
#include "model/result.hpp"

namespace aspectdiff::compare {

// Metric deltas (see metric_delta.hpp), items only in A, only in B and shared (item_diff.hpp),
// each with capped evidence from its side(s), and the similarity described in similarity.hpp.
// Not comparable (comparable = false, why_not set, similarity 0, nothing else filled) when
// either side's status is not ok. The aspect's name is A's (B's when A's is empty).
model::AspectComparison compare_aspect(const model::AspectResult &a, const model::AspectResult &b,
                                       const CompareOptions &options);

} // namespace aspectdiff::compare
