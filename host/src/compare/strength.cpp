#include "compare/strength.hpp"

#include <algorithm>
#include <cmath>

namespace aspectdiff::compare {

namespace {

double nonzero_share(const std::vector<double> &values) noexcept {
  if (values.empty()) return -1.0;
  const auto nonzero = std::count_if(values.begin(), values.end(),
                                     [](double v) { return std::isfinite(v) && v != 0.0; });
  return static_cast<double>(nonzero) / static_cast<double>(values.size());
}

} // namespace

double coverage_weight(double coverage) noexcept {
  if (!(coverage >= 0.0)) return 1.0; // unknown, NaN included
  const double c = std::min(coverage, 1.0);
  return c * (1.0 + coverage_half_weight) / (c + coverage_half_weight);
}

double metric_effect(const model::MetricDelta &delta) noexcept {
  if (!delta.interval || !std::isfinite(delta.delta) || delta.delta == 0.0) return 0.0;
  const double se = (delta.interval->high - delta.interval->low) / (2.0 * z_of_95_percent);
  if (!(se > 0.0)) return max_effect;
  return std::min(std::fabs(delta.delta) / se, max_effect);
}

double two_sided_p(double effect) noexcept {
  return std::erfc(std::fabs(effect) / std::sqrt(2.0));
}

double metric_coverage(const model::Metric &a, const model::Metric &b) noexcept {
  return std::max(nonzero_share(a.sentence_values), nonzero_share(b.sentence_values));
}

} // namespace aspectdiff::compare
