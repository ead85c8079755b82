#include "batch/date_bucket.hpp"

#include <chrono>
#include <cstdio>

namespace aspectdiff::batch {

namespace {

bool digits(std::string_view s) {
  for (const char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (const char c : s)
    v = v * 10 + (c - '0');
  return v;
}

// ISO 8601 week: the week with the year's first Thursday is week 1; weeks start on Monday.
std::string iso_week(std::chrono::year_month_day ymd) {
  using namespace std::chrono;
  const sys_days day{ymd};
  const weekday wd{day};
  const int monday_based = static_cast<int>(wd.iso_encoding()) - 1; // 0 = Monday
  const sys_days thursday = day + days{3 - monday_based};
  const year_month_day t{thursday};
  const sys_days jan1{t.year() / January / 1};
  const auto week = (thursday - jan1).count() / 7 + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(t.year()), static_cast<int>(week));
  return buf;
}

} // namespace

std::string group_of(const DocRecord &record, const GroupField &field) {
  const std::string *value = nullptr;
  if (field.field == "source") value = &record.source;
  if (field.field == "date") value = &record.date;
  if (value == nullptr || value->empty()) return no_group;
  if (field.bucket.empty()) return *value;
  const std::string_view d(*value);
  if (d.size() < 10 || d[4] != '-' || d[7] != '-' || !digits(d.substr(0, 4)) ||
      !digits(d.substr(5, 2)) || !digits(d.substr(8, 2)))
    return no_group;
  using namespace std::chrono;
  const year_month_day ymd{year{to_int(d.substr(0, 4))},
                           month{static_cast<unsigned>(to_int(d.substr(5, 2)))},
                           day{static_cast<unsigned>(to_int(d.substr(8, 2)))}};
  if (!ymd.ok()) return no_group;
  if (field.bucket == "day") return std::string(d.substr(0, 10));
  if (field.bucket == "month") return std::string(d.substr(0, 7));
  if (field.bucket == "year") return std::string(d.substr(0, 4));
  return iso_week(ymd);
}

} // namespace aspectdiff::batch
