#include "report/json_detail.hpp"

namespace aspectdiff::report {

std::string_view to_string(Detail detail) noexcept {
  switch (detail) {
  case Detail::metrics:
    return "metrics";
  case Detail::items:
    return "items";
  case Detail::full:
    return "full";
  }
  return "items";
}

std::optional<Detail> parse_detail(std::string_view text) noexcept {
  for (const Detail d : {Detail::metrics, Detail::items, Detail::full})
    if (text == to_string(d)) return d;
  return std::nullopt;
}

} // namespace aspectdiff::report
