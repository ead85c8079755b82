#include "report/number_format.hpp"

#include <catch2/catch.hpp>

#include <limits>

using namespace aspectdiff::report;
using aspectdiff::model::Interval;
using aspectdiff::model::MetricKind;

TEST_CASE("metric values are formatted by kind", "[report]") {
  CHECK(format_metric(MetricKind::score, 0.4123) == "+0.412");
  CHECK(format_metric(MetricKind::score, -0.05) == "-0.050");
  CHECK(format_metric(MetricKind::proportion, 0.125) == "12.5%");
  CHECK(format_metric(MetricKind::rate, 4.24) == "4.2 /1k words");
  CHECK(format_metric(MetricKind::count, 1234.0) == "1,234");
  CHECK(format_metric(MetricKind::count, 2.5) == "2.5");
  CHECK(format_metric(MetricKind::value, 17.346) == "17.35");
  CHECK(format_metric(MetricKind::value, 123.45) == "123.5");
  CHECK(format_metric(MetricKind::value, std::numeric_limits<double>::quiet_NaN()) == "n/a");
  CHECK(format_metric(MetricKind::score, std::numeric_limits<double>::infinity()) == "n/a");
}

TEST_CASE("differences are signed and in the metric's unit", "[report]") {
  CHECK(format_delta(MetricKind::score, 0.12) == "+0.120");
  CHECK(format_delta(MetricKind::proportion, -0.031) == "-3.1 pp");
  CHECK(format_delta(MetricKind::rate, 1.25) == "+1.2 /1k");
  CHECK(format_delta(MetricKind::count, 3.0) == "+3");
  CHECK(format_delta(MetricKind::count, -1200.0) == "-1,200");
  CHECK(format_delta(MetricKind::value, -2.5) == "-2.50");
  CHECK(format_interval(MetricKind::score, Interval{-0.02, 0.1, false}) == "[-0.020, +0.100]");
  CHECK(format_interval(MetricKind::proportion, Interval{0.01, 0.05, true}) == "[+1.0, +5.0] pp");
}

TEST_CASE("similarities, weights and counts", "[report]") {
  CHECK(format_similarity(0.73449) == "0.734");
  CHECK(format_weight(0.5) == "0.50");
  CHECK(format_weight(0.00012) == "1.2e-04");
  CHECK(format_count(0) == "0");
  CHECK(format_count(999) == "999");
  CHECK(format_count(1000) == "1,000");
  CHECK(format_count(1234567) == "1,234,567");
}

TEST_CASE("a compact rate drops the word unit", "[report]") {
  CHECK(format_metric(MetricKind::rate, 103.44, true) == "103.4 /1k");
  CHECK(format_metric(MetricKind::score, 0.5, true) == "+0.500");
}
