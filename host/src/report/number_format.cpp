#include "report/number_format.hpp"

#include <fmt/format.h>

#include <cmath>

namespace aspectdiff::report {

namespace {

const std::string not_available = "n/a";

std::string grouped(double rounded_abs) {
  // Below 2^53 a double holds every integer exactly.
  if (rounded_abs >= 9.0e15) return fmt::format("{:.3g}", rounded_abs);
  return format_count(static_cast<std::uint64_t>(rounded_abs));
}

std::string count_text(double value, bool signed_output) {
  const double rounded = std::round(value);
  const char *sign = value < 0 && rounded != 0.0 ? "-" : (signed_output ? "+" : "");
  if (std::fabs(value - rounded) > 1e-9) // a mean or a scaled count: keep one decimal
    return fmt::format("{}{:.1f}", value < 0 ? "-" : (signed_output ? "+" : ""), std::fabs(value));
  return sign + grouped(std::fabs(rounded));
}

std::string value_text(double value, bool signed_output) {
  const double magnitude = std::fabs(value);
  const int decimals = magnitude >= 1000 ? 0 : (magnitude >= 100 ? 1 : 2);
  return signed_output ? fmt::format("{:+.{}f}", value, decimals)
                       : fmt::format("{:.{}f}", value, decimals);
}

} // namespace

std::string format_metric(model::MetricKind kind, double value, bool compact) {
  if (!std::isfinite(value)) return not_available;
  switch (kind) {
  case model::MetricKind::score:
    return fmt::format("{:+.3f}", value);
  case model::MetricKind::proportion:
    return fmt::format("{:.1f}%", value * 100.0);
  case model::MetricKind::rate:
    return fmt::format("{:.1f} /1k{}", value, compact ? "" : " words");
  case model::MetricKind::count:
    return count_text(value, false);
  case model::MetricKind::value:
    return value_text(value, false);
  }
  return value_text(value, false);
}

std::string format_delta(model::MetricKind kind, double delta) {
  if (!std::isfinite(delta)) return not_available;
  switch (kind) {
  case model::MetricKind::score:
    return fmt::format("{:+.3f}", delta);
  case model::MetricKind::proportion:
    return fmt::format("{:+.1f} pp", delta * 100.0);
  case model::MetricKind::rate:
    return fmt::format("{:+.1f} /1k", delta);
  case model::MetricKind::count:
    return count_text(delta, true);
  case model::MetricKind::value:
    return value_text(delta, true);
  }
  return value_text(delta, true);
}

std::string format_interval(model::MetricKind kind, const model::Interval &interval) {
  if (!std::isfinite(interval.low) || !std::isfinite(interval.high)) return not_available;
  const auto bound = [kind](double v) {
    switch (kind) {
    case model::MetricKind::score:
      return fmt::format("{:+.3f}", v);
    case model::MetricKind::proportion:
      return fmt::format("{:+.1f}", v * 100.0);
    case model::MetricKind::rate:
    case model::MetricKind::count:
      return fmt::format("{:+.1f}", v);
    case model::MetricKind::value:
      break;
    }
    return value_text(v, true);
  };
  return fmt::format("[{}, {}]{}", bound(interval.low), bound(interval.high),
                     kind == model::MetricKind::proportion ? " pp" : "");
}

std::string format_similarity(double similarity) {
  if (!std::isfinite(similarity)) return not_available;
  return fmt::format("{:.3f}", similarity);
}

std::string format_weight(double weight) {
  if (!std::isfinite(weight)) return not_available;
  if (weight != 0.0 && std::fabs(weight) < 0.005) return fmt::format("{:.1e}", weight);
  return fmt::format("{:.2f}", weight);
}

std::string format_strength(double strength) {
  if (!std::isfinite(strength)) return not_available;
  return strength >= 10.0 ? fmt::format("{:.1f}", strength) : fmt::format("{:.2f}", strength);
}

std::string format_p(double p) {
  if (!std::isfinite(p)) return not_available;
  if (p < 0.001) return "<0.001";
  return fmt::format("{:.3f}", p);
}

std::string format_count(std::uint64_t count) {
  std::string digits = std::to_string(count);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

} // namespace aspectdiff::report
