#include "compare/document_comparison.hpp"

#include "compare/aspect_comparison.hpp"
#include "compare/difference_ranking.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace aspectdiff::compare {

double overall_similarity(const std::vector<model::AspectComparison> &aspects,
                          const CompareOptions &options) {
  double weighted = 0, total = 0;
  for (const auto &aspect : aspects) {
    const double weight = options.weight_of(aspect.aspect);
    if (!std::isfinite(weight) || weight < 0)
      throw std::invalid_argument("weight of aspect '" + aspect.aspect +
                                  "' must be a finite number >= 0, found " +
                                  std::to_string(weight));
    if (!aspect.comparable || weight == 0) continue;
    weighted += weight * aspect.similarity;
    total += weight;
  }
  return total > 0 ? weighted / total : 0.0;
}

namespace {

model::AspectComparison missing_aspect(const std::string &aspect, const char *side) {
  model::AspectComparison out;
  out.aspect = aspect;
  out.comparable = false;
  out.why_not = std::string(side) + " has no result for this aspect";
  return out;
}

} // namespace

model::Comparison compare_documents(const model::DocumentResult &a, const model::DocumentResult &b,
                                    const CompareOptions &options) {
  model::Comparison out;
  out.a_id = a.document_id;
  out.b_id = b.document_id;
  for (const auto &ra : a.aspects) {
    const model::AspectResult *rb = b.aspect(ra.aspect);
    out.aspects.push_back(rb != nullptr ? compare_aspect(ra, *rb, options)
                                        : missing_aspect(ra.aspect, "B"));
  }
  for (const auto &rb : b.aspects)
    if (a.aspect(rb.aspect) == nullptr) out.aspects.push_back(missing_aspect(rb.aspect, "A"));
  out.overall = overall_similarity(out.aspects, options);
  rank_differences(out);
  return out;
}

} // namespace aspectdiff::compare
