#include "compare/metric_delta.hpp"

#include "compare/bootstrap.hpp"
#include "compare/strength.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_set>

namespace aspectdiff::compare {

namespace {

const model::Metric *find_first(std::span<const model::Metric> metrics, std::string_view name) {
  auto it = std::find_if(metrics.begin(), metrics.end(),
                         [&](const model::Metric &m) { return m.name == name; });
  return it == metrics.end() ? nullptr : &*it;
}

bool all_finite(const std::vector<double> &values) {
  return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

std::vector<model::Span> capped(const std::vector<model::Span> &spans, std::size_t cap) {
  return {spans.begin(), spans.begin() + static_cast<std::ptrdiff_t>(std::min(cap, spans.size()))};
}

std::optional<model::Interval> interval_of(const model::Metric &a, const model::Metric &b,
                                           const CompareOptions &options) {
  // One value on a side never varies under resampling, so its interval would measure only the
  // other side's spread (or have no width at all) and read as certainty: no interval then.
  if (a.sentence_values.size() < 2 || b.sentence_values.size() < 2 ||
      options.bootstrap_samples == 0)
    return std::nullopt;
  if (!all_finite(a.sentence_values) || !all_finite(b.sentence_values)) return std::nullopt;
  // One seed for every metric: metrics with as many sentence values resample the same
  // positions, which the bootstrap then draws only once.
  return bootstrap_mean_difference(a.sentence_values, b.sentence_values, options.bootstrap_samples,
                                   options.seed);
}

} // namespace

std::vector<model::MetricDelta> metric_deltas(std::span<const model::Metric> a,
                                              std::span<const model::Metric> b,
                                              const CompareOptions &options) {
  std::vector<model::MetricDelta> deltas;
  std::unordered_set<std::string_view> seen;
  for (const model::Metric &ma : a) {
    if (!seen.insert(ma.name).second) continue;
    const model::Metric *mb = find_first(b, ma.name);
    if (mb == nullptr) continue;

    model::MetricDelta delta;
    delta.name = ma.name;
    delta.label = ma.label.empty() ? mb->label : ma.label;
    delta.kind = ma.kind;
    delta.a = ma.value;
    delta.b = mb->value;
    delta.delta = mb->value - ma.value;
    delta.interval = interval_of(ma, *mb, options);
    delta.standing.coverage = metric_coverage(ma, *mb);
    delta.evidence_a = capped(ma.evidence, options.evidence_per_difference);
    delta.evidence_b = capped(mb->evidence, options.evidence_per_difference);
    deltas.push_back(std::move(delta));
  }
  return deltas;
}

} // namespace aspectdiff::compare
