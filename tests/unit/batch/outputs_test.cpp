#include "batch/csv.hpp"
#include "batch/date_bucket.hpp"
#include "batch/group_stats.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace aspectdiff::batch;

TEST_CASE("csv cells are quoted only when they must be", "[batch][csv]") {
  CHECK(csv_line({"a", "b c", "1.5"}) == "a,b c,1.5\n");
  CHECK(csv_line({"x,y", "say \"hi\"", "two\nlines", " padded"}) ==
        "\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\"\n");
  CHECK(number_cell(0.1) == "0.1");
  CHECK(number_cell(std::nan("")).empty());
}

TEST_CASE("dates fall into day week month and year groups", "[batch][groups]") {
  DocRecord r;
  r.date = "2026-11-29T08:00:00Z";
  CHECK(group_of(r, {"date", "day"}) == "2026-11-29");
  CHECK(group_of(r, {"date", "week"}) == "2026-W48");
  CHECK(group_of(r, {"date", "month"}) == "2026-11");
  CHECK(group_of(r, {"date", "year"}) == "2026");
  CHECK(group_of(r, {"date", ""}) == "2026-11-29T08:00:00Z");
  r.date = "2021-01-03"; // a Sunday: the last day of ISO week 53 of 2020
  CHECK(group_of(r, {"date", "week"}) == "2020-W53");
  r.date = "2024-12-30"; // a Monday: week 1 of 2025
  CHECK(group_of(r, {"date", "week"}) == "2025-W01");
  r.date = "last Tuesday";
  CHECK(group_of(r, {"date", "month"}) == no_group);
  r.date = "2026-02-30";
  CHECK(group_of(r, {"date", "day"}) == no_group);
  CHECK(group_of(r, {"source", ""}) == no_group);
}

TEST_CASE("group means carry a normal interval and differences say when they are apart",
          "[batch][groups]") {
  RunningStat a, b;
  for (double x : {1.0, 2.0, 3.0, 4.0, 5.0})
    a.add(x);
  for (double x : {11.0, 12.0, 13.0, 14.0, 15.0})
    b.add(x);
  a.add(std::nan(""));
  CHECK(a.n == 5);
  CHECK(a.mean == Approx(3.0));
  CHECK(a.variance() == Approx(2.5));
  const auto ci = mean_interval(a);
  CHECK(ci.low == Approx(3.0 - 1.959964 * std::sqrt(0.5)));
  const auto d = difference_of(a, b);
  CHECK(d.difference == Approx(10.0));
  CHECK(d.distinguishable);
  CHECK_FALSE(difference_of(a, a).distinguishable);
}
