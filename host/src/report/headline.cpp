#include "report/headline.hpp"

#include "report/number_format.hpp"
#include "report/outline_parts.hpp"

#include <optional>

namespace aspectdiff::report {

namespace {

// A metric delta in words: "Hedges per 1,000 words: higher in B (2.1 in A, 6.3 in B)".
std::string describe_delta(const model::MetricDelta &d) {
  return display_label(d.label, d.name) + ": " + (d.delta > 0 ? "higher" : "lower") + " in B (" +
         format_metric(d.kind, d.a) + " in A, " + format_metric(d.kind, d.b) + " in B)";
}

bool stands_out(const model::Comparison &c, const model::RankedDifference &entry) {
  if (!(entry.strength > 0.0)) return false;
  if (!entry.metric) return true;
  // A delta, or a finding stating one: the correction decides when there is an interval.
  const auto &d = c.aspects[entry.aspect].metrics[*entry.metric];
  return d.interval ? d.interval->distinguishable : entry.finding.has_value();
}

HeadlineDifference describe(const model::Comparison &c, const model::RankedDifference &entry,
                            std::size_t rank) {
  const auto &ac = c.aspects[entry.aspect];
  if (entry.finding) {
    const auto &f = ac.findings[*entry.finding];
    return {rank,           ac.aspect,     display_label(f.label, f.key),
            entry.strength, &f.evidence_a, &f.evidence_b};
  }
  const auto &d = ac.metrics[*entry.metric];
  return {rank, ac.aspect, describe_delta(d), entry.strength, &d.evidence_a, &d.evidence_b};
}

} // namespace

std::vector<HeadlineDifference> headline_differences(const model::Comparison &comparison,
                                                     std::size_t count) {
  std::vector<HeadlineDifference> out;
  for (std::size_t r = 0; r < comparison.ranked.size() && out.size() < count; ++r)
    if (stands_out(comparison, comparison.ranked[r]))
      out.push_back(describe(comparison, comparison.ranked[r], r + 1));
  return out;
}

std::size_t standing_out_count(const model::Comparison &comparison) {
  std::size_t n = 0;
  for (const auto &entry : comparison.ranked)
    n += stands_out(comparison, entry) ? 1 : 0;
  return n;
}

} // namespace aspectdiff::report
