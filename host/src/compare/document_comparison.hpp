// Two documents compared across all their aspects, and the overall similarity.
#pragma once

#include "compare/options.hpp"
#include "model/comparison.hpp"
#include "model/result.hpp"

#include <vector>

namespace aspectdiff::compare {

// Weighted mean of the comparable aspects' similarities, each weighted by
// `options.weight_of(aspect)`. Aspects that are not comparable, or whose weight is 0, do not
// count. 0 when nothing counts. Throws std::invalid_argument naming the aspect when its weight
// is negative or not finite.
double overall_similarity(const std::vector<model::AspectComparison> &aspects,
                          const CompareOptions &options);

// Every aspect of A (in A's order, then those only B has) compared with the same aspect of B
// by compare_aspect; an aspect missing on one side is not comparable. `overall` is
// overall_similarity of the result; the differences are ranked by rank_differences.
model::Comparison compare_documents(const model::DocumentResult &a, const model::DocumentResult &b,
                                    const CompareOptions &options);

} // namespace aspectdiff::compare
