#include "compare/similarity.hpp"

#include <algorithm>
#include <cmath>

namespace aspectdiff::compare {

namespace {

enum class Basis { weight, count, presence };

// Finite magnitude of a weight; NaN and infinities (a plugin's bug) count as nothing.
double finite_or_zero(double v) {
  return std::isfinite(v) ? v : 0.0;
}

template <class Visit> void for_each_diff(const ItemSets &items, Visit visit) {
  for (const auto &d : items.only_a)
    visit(d);
  for (const auto &d : items.only_b)
    visit(d);
  for (const auto &d : items.shared)
    visit(d);
}

Basis choose_basis(const ItemSets &items) {
  double weight_a = 0, weight_b = 0, count_a = 0, count_b = 0;
  for_each_diff(items, [&](const model::ItemDiff &d) {
    weight_a += std::fabs(finite_or_zero(d.weight_a));
    weight_b += std::fabs(finite_or_zero(d.weight_b));
    count_a += static_cast<double>(d.count_a);
    count_b += static_cast<double>(d.count_b);
  });
  if (weight_a > 0 && weight_b > 0) return Basis::weight;
  if (count_a > 0 && count_b > 0) return Basis::count;
  return Basis::presence;
}

double magnitude(const model::ItemDiff &d, bool side_a, Basis basis) {
  const bool present = side_a ? d.in_a : d.in_b;
  switch (basis) {
  case Basis::weight:
    return finite_or_zero(side_a ? d.weight_a : d.weight_b);
  case Basis::count:
    return static_cast<double>(side_a ? d.count_a : d.count_b);
  case Basis::presence:
    return present ? 1.0 : 0.0;
  }
  return 0.0;
}

} // namespace

std::optional<double> item_similarity(const ItemSets &items) {
  const bool any_a = !items.only_a.empty() || !items.shared.empty();
  const bool any_b = !items.only_b.empty() || !items.shared.empty();
  if (!any_a && !any_b) return std::nullopt;
  if (!any_a || !any_b) return 0.0;

  const Basis basis = choose_basis(items);
  double total_a = 0, total_b = 0;
  for_each_diff(items, [&](const model::ItemDiff &d) {
    total_a += std::fabs(magnitude(d, true, basis));
    total_b += std::fabs(magnitude(d, false, basis));
  });
  // Only possible when one side's items all have zero weight and zero count under a basis the
  // other side chose; choose_basis falls back to presence first, so this is a guard.
  if (total_a <= 0 || total_b <= 0) return 0.0;

  double overlap = 0, either = 0;
  for_each_diff(items, [&](const model::ItemDiff &d) {
    const double sa = magnitude(d, true, basis) / total_a;
    const double sb = magnitude(d, false, basis) / total_b;
    const double pos_a = std::max(sa, 0.0), pos_b = std::max(sb, 0.0);
    const double neg_a = std::max(-sa, 0.0), neg_b = std::max(-sb, 0.0);
    overlap += std::min(pos_a, pos_b) + std::min(neg_a, neg_b);
    either += std::max(pos_a, pos_b) + std::max(neg_a, neg_b);
  });
  return either > 0 ? std::clamp(overlap / either, 0.0, 1.0) : 1.0;
}

double metric_distance(model::MetricKind kind, double a, double b) {
  if (!std::isfinite(a) || !std::isfinite(b)) return 1.0;
  const double gap = std::fabs(a - b);
  double distance = 0.0;
  switch (kind) {
  case model::MetricKind::score:
    distance = gap / 2.0;
    break;
  case model::MetricKind::proportion:
    distance = gap;
    break;
  case model::MetricKind::rate:
  case model::MetricKind::count:
  case model::MetricKind::value:
    distance = gap / std::max({std::fabs(a), std::fabs(b), 1e-12});
    break;
  }
  return std::clamp(distance, 0.0, 1.0);
}

std::optional<double> metric_similarity(std::span<const model::MetricDelta> deltas) {
  if (deltas.empty()) return std::nullopt;
  double total = 0;
  for (const auto &d : deltas)
    total += metric_distance(d.kind, d.a, d.b);
  return 1.0 - total / static_cast<double>(deltas.size());
}

double combine_similarity(std::optional<double> items, std::optional<double> metrics) {
  if (items && metrics) return (*items + *metrics) / 2.0;
  if (items) return *items;
  if (metrics) return *metrics;
  return 1.0;
}

} // namespace aspectdiff::compare
