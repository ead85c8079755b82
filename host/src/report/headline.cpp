#include "report/headline.hpp"

#include "report/number_format.hpp"
#include "report/outline_parts.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace aspectdiff::report {

namespace {

bool has_evidence(const model::Finding &f) noexcept {
  return !f.evidence_a.empty() || !f.evidence_b.empty();
}

// How far a distinguishable interval stays from zero, in the metric's own unit; metrics of one
// aspect share units often enough for this to pick the clearest one.
double clearance(const model::MetricDelta &d) noexcept {
  if (!d.interval || !d.interval->distinguishable) return -1.0;
  return std::min(std::fabs(d.interval->low), std::fabs(d.interval->high));
}

std::optional<HeadlineDifference> from_findings(const model::AspectComparison &ac) {
  for (const auto &f : ac.findings) {
    if (f.category == "overview" || !has_evidence(f)) continue;
    return HeadlineDifference{ac.aspect, display_label(f.label, f.key), ac.similarity,
                              &f.evidence_a, &f.evidence_b};
  }
  return std::nullopt;
}

std::optional<HeadlineDifference> from_metrics(const model::AspectComparison &ac) {
  const model::MetricDelta *best = nullptr;
  for (const auto &d : ac.metrics)
    if (clearance(d) > 0.0 && (best == nullptr || clearance(d) > clearance(*best))) best = &d;
  if (best == nullptr) return std::nullopt;
  const std::string text = display_label(best->label, best->name) + ": " +
                           (best->delta > 0 ? "higher" : "lower") + " in B (" +
                           format_metric(best->kind, best->a) + " in A, " +
                           format_metric(best->kind, best->b) + " in B)";
  return HeadlineDifference{ac.aspect, text, ac.similarity, &best->evidence_a, &best->evidence_b};
}

} // namespace

std::vector<HeadlineDifference> headline_differences(const model::Comparison &comparison,
                                                     std::size_t count) {
  std::vector<const model::AspectComparison *> aspects;
  for (const auto &ac : comparison.aspects)
    if (ac.comparable) aspects.push_back(&ac);
  std::stable_sort(aspects.begin(), aspects.end(),
                   [](const auto *x, const auto *y) { return x->similarity < y->similarity; });

  std::vector<HeadlineDifference> out;
  for (const auto *ac : aspects) {
    if (out.size() == count) break;
    auto difference = from_findings(*ac);
    if (!difference) difference = from_metrics(*ac);
    if (difference) out.push_back(std::move(*difference));
  }
  return out;
}

} // namespace aspectdiff::report
