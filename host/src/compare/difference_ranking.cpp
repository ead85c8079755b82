#include "compare/difference_ranking.hpp"

#include "compare/benjamini_hochberg.hpp"
#include "compare/strength.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace aspectdiff::compare {

namespace {

void test_deltas(model::Comparison &comparison, double level) {
  std::vector<model::MetricDelta *> deltas;
  std::vector<double> p_values;
  for (auto &ac : comparison.aspects)
    for (auto &d : ac.metrics) {
      d.p_value = d.p_adjusted = model::unknown;
      if (!d.interval) continue;
      d.p_value = two_sided_p(metric_effect(d));
      deltas.push_back(&d);
      p_values.push_back(d.p_value);
    }
  const std::vector<double> adjusted = benjamini_hochberg(p_values);
  for (std::size_t i = 0; i < deltas.size(); ++i) {
    deltas[i]->p_adjusted = adjusted[i];
    deltas[i]->interval->distinguishable = adjusted[i] <= level;
  }
  comparison.false_discovery_rate = level;
}

bool is_difference(const model::Finding &f) {
  return f.category != "overview" && f.category != "error";
}

// The metric a finding states in words, if its key names one: the key is the metric's name,
// or ends with ":<name>", or is "<name>_delta".
std::optional<std::size_t> stated_metric(const model::Finding &f,
                                         const model::AspectComparison &ac) {
  const std::string_view key = f.key;
  const auto colon = key.rfind(':');
  const std::string_view tail = colon == std::string_view::npos ? key : key.substr(colon + 1);
  constexpr std::string_view delta_suffix = "_delta";
  const std::string_view stem =
      key.ends_with(delta_suffix) ? key.substr(0, key.size() - delta_suffix.size()) : key;
  for (std::size_t m = 0; m < ac.metrics.size(); ++m) {
    const std::string_view name = ac.metrics[m].name;
    if (name == key || name == tail || name == stem) return m;
  }
  return std::nullopt;
}

model::Standing standing_of(double effect, double coverage) {
  model::Standing s;
  s.effect = std::isfinite(effect) ? std::fabs(effect) : 0.0;
  s.coverage = coverage;
  s.strength = s.effect * coverage_weight(coverage);
  return s;
}

void collect(model::Comparison &comparison, std::size_t index) {
  auto &ac = comparison.aspects[index];
  std::vector<bool> stated(ac.metrics.size(), false);
  for (std::size_t f = 0; f < ac.findings.size(); ++f) {
    auto &finding = ac.findings[f];
    model::RankedDifference entry{index, f, std::nullopt, 0.0};
    if (!is_difference(finding)) {
      finding.standing = standing_of(0.0, finding.coverage);
    } else if (const auto m = stated_metric(finding, ac); m && !stated[*m]) {
      const auto &delta = ac.metrics[*m];
      stated[*m] = true;
      entry.metric = m;
      const double coverage = finding.coverage >= 0.0 ? finding.coverage : delta.standing.coverage;
      finding.standing =
          standing_of(delta.interval ? metric_effect(delta) : finding.magnitude, coverage);
    } else {
      finding.standing = standing_of(finding.magnitude, finding.coverage);
    }
    entry.strength = finding.standing.strength;
    if (entry.metric) ac.metrics[*entry.metric].standing = finding.standing;
    comparison.ranked.push_back(entry);
  }
  for (std::size_t m = 0; m < ac.metrics.size(); ++m) {
    if (stated[m]) continue;
    auto &delta = ac.metrics[m];
    delta.standing = standing_of(metric_effect(delta), delta.standing.coverage);
    comparison.ranked.push_back({index, std::nullopt, m, delta.standing.strength});
  }
}

// A delta, or a finding stating it, whose interval the correction left indistinguishable.
bool is_noise(const model::Comparison &comparison, const model::RankedDifference &entry) {
  if (!entry.metric) return false;
  const auto &delta = comparison.aspects[entry.aspect].metrics[*entry.metric];
  return delta.interval && !delta.interval->distinguishable;
}

} // namespace

void rank_differences(model::Comparison &comparison, double false_discovery_rate) {
  test_deltas(comparison, false_discovery_rate);
  comparison.ranked.clear();
  for (std::size_t i = 0; i < comparison.aspects.size(); ++i)
    if (comparison.aspects[i].comparable) collect(comparison, i);
  // Entries were collected in aspect, finding-then-delta order: a stable sort keeps it for ties.
  // A delta that the correction leaves indistinguishable from noise ranks after every difference
  // that stands out, whatever its strength, so the ranks a reader sees run 1, 2, 3 ...
  auto noise = [&](const model::RankedDifference &entry) { return is_noise(comparison, entry); };
  std::stable_sort(comparison.ranked.begin(), comparison.ranked.end(),
                   [&](const model::RankedDifference &x, const model::RankedDifference &y) {
                     if (noise(x) != noise(y)) return noise(y);
                     return x.strength > y.strength;
                   });
  for (std::size_t r = 0; r < comparison.ranked.size(); ++r) {
    const auto &entry = comparison.ranked[r];
    auto &ac = comparison.aspects[entry.aspect];
    if (entry.finding) ac.findings[*entry.finding].standing.rank = r + 1;
    if (entry.metric) ac.metrics[*entry.metric].standing.rank = r + 1;
  }
}

double pair_difference(const model::Comparison &comparison) {
  std::vector<double> strongest(comparison.aspects.size(), 0.0);
  for (const auto &entry : comparison.ranked)
    if (!is_noise(comparison, entry))
      strongest[entry.aspect] = std::max(strongest[entry.aspect], entry.strength);
  double total = 0.0;
  for (double s : strongest)
    total += s;
  return total;
}

} // namespace aspectdiff::compare
