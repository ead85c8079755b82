#include "compare/aspect_comparison.hpp"

#include "compare/item_diff.hpp"
#include "compare/metric_delta.hpp"
#include "compare/similarity.hpp"

#include <string>

namespace aspectdiff::compare {

namespace {

// "failed: <error>" or "unscored: <reason>", naming the side when only one is at fault.
std::string side_problem(const char *side, const model::AspectResult &result) {
  std::string why = std::string(side) + " " + model::to_string(result.status);
  if (!result.error.empty()) why += ": " + result.error;
  return why;
}

} // namespace

model::AspectComparison compare_aspect(const model::AspectResult &a, const model::AspectResult &b,
                                       const CompareOptions &options) {
  model::AspectComparison out;
  out.aspect = a.aspect.empty() ? b.aspect : a.aspect;

  const bool a_ok = a.status == model::ResultStatus::ok;
  const bool b_ok = b.status == model::ResultStatus::ok;
  if (!a_ok || !b_ok) {
    out.comparable = false;
    if (!a_ok) out.why_not = side_problem("A", a);
    if (!b_ok) out.why_not += (out.why_not.empty() ? "" : "; ") + side_problem("B", b);
    return out;
  }

  out.metrics = metric_deltas(a.metrics, b.metrics, options);
  ItemSets items = diff_items(a.items, b.items, options.evidence_per_difference);
  out.similarity = combine_similarity(item_similarity(items), metric_similarity(out.metrics));
  out.only_a = std::move(items.only_a);
  out.only_b = std::move(items.only_b);
  out.shared = std::move(items.shared);
  return out;
}

} // namespace aspectdiff::compare
