#include "model/result.hpp"

#include <algorithm>

namespace aspectdiff::model {

const char *to_string(MetricKind kind) noexcept {
  switch (kind) {
  case MetricKind::score:
    return "score";
  case MetricKind::rate:
    return "rate";
  case MetricKind::count:
    return "count";
  case MetricKind::proportion:
    return "proportion";
  case MetricKind::value:
    return "value";
  }
  return "value";
}

std::optional<MetricKind> metric_kind_from(std::string_view name) noexcept {
  for (auto k : {MetricKind::score, MetricKind::rate, MetricKind::count, MetricKind::proportion,
                 MetricKind::value})
    if (name == to_string(k)) return k;
  return std::nullopt;
}

const char *to_string(ResultStatus status) noexcept {
  switch (status) {
  case ResultStatus::ok:
    return "ok";
  case ResultStatus::failed:
    return "failed";
  case ResultStatus::unscored:
    return "unscored";
  }
  return "failed";
}

const std::string *Item::attribute(std::string_view name) const noexcept {
  for (const auto &[k, v] : attributes)
    if (k == name) return &v;
  return nullptr;
}

const Metric *AspectResult::metric(std::string_view name) const noexcept {
  auto it =
      std::find_if(metrics.begin(), metrics.end(), [&](const Metric &m) { return m.name == name; });
  return it == metrics.end() ? nullptr : &*it;
}

const AspectResult *DocumentResult::aspect(std::string_view name) const noexcept {
  auto it = std::find_if(aspects.begin(), aspects.end(),
                         [&](const AspectResult &a) { return a.aspect == name; });
  return it == aspects.end() ? nullptr : &*it;
}

bool DocumentResult::any_failed() const noexcept {
  return std::any_of(aspects.begin(), aspects.end(),
                     [](const AspectResult &a) { return a.status == ResultStatus::failed; });
}

} // namespace aspectdiff::model
