#include "compare/aspect_comparison.hpp"
#include "compare/metric_delta.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace aspectdiff;
using model::AspectResult;
using model::Metric;
using model::MetricKind;

namespace {

Metric metric(const char *name, MetricKind kind, double value,
              std::vector<double> per_sentence = {}, std::vector<aspectdiff_span> evidence = {}) {
  Metric m;
  m.name = name;
  m.label = std::string("the ") + name;
  m.kind = kind;
  m.value = value;
  m.sentence_values = std::move(per_sentence);
  m.evidence = std::move(evidence);
  return m;
}

model::Item item(const char *key, double weight) {
  model::Item it;
  it.key = key;
  it.weight = weight;
  it.count = 1;
  it.evidence = {{0, 4}, {5, 9}, {10, 14}, {15, 19}};
  return it;
}

AspectResult sample_result() {
  AspectResult r;
  r.aspect = "sentiment";
  r.metrics.push_back(metric("tone", MetricKind::score, 0.2, {0.1, 0.3, 0.2, 0.2}, {{0, 10}}));
  r.metrics.push_back(metric("negative_share", MetricKind::proportion, 0.25));
  r.items.push_back(item("russia", 0.6));
  r.items.push_back(item("china", 0.4));
  return r;
}

} // namespace

TEST_CASE("compare_aspect: identical results are fully similar", "[compare][aspect]") {
  const AspectResult a = sample_result();
  const auto c = compare::compare_aspect(a, a, {});
  CHECK(c.comparable);
  CHECK(c.aspect == "sentiment");
  CHECK(c.similarity == Approx(1.0));
  CHECK(c.only_a.empty());
  CHECK(c.only_b.empty());
  CHECK(c.shared.size() == 2);
  REQUIRE(c.metrics.size() == 2);
  CHECK(c.metrics[0].delta == 0.0);
  REQUIRE(c.metrics[0].interval.has_value());
  CHECK_FALSE(c.metrics[0].interval->distinguishable);
  CHECK_FALSE(c.metrics[1].interval.has_value()); // no per-sentence values
}

TEST_CASE("compare_aspect: different results are less similar, by the documented formula",
          "[compare][aspect]") {
  const AspectResult a = sample_result();
  AspectResult b = sample_result();
  b.metrics[0] = metric("tone", MetricKind::score, -0.6, {-0.5, -0.7, -0.6, -0.6}, {{20, 30}});
  b.metrics[1].value = 0.75;
  b.items = {item("russia", 0.6), item("usa", 0.4)};

  compare::CompareOptions options;
  options.evidence_per_difference = 2;
  const auto c = compare::compare_aspect(a, b, options);
  REQUIRE(c.comparable);
  // Metrics: tone distance 0.8 / 2 = 0.4, share distance 0.5; similarity 1 - 0.45 = 0.55.
  // Items: shares .6/.4/0 vs .6/0/.4: overlap .6, union 1.4.
  CHECK(c.similarity == Approx((0.55 + 0.6 / 1.4) / 2));
  REQUIRE(c.metrics.size() == 2);
  CHECK(c.metrics[0].a == 0.2);
  CHECK(c.metrics[0].b == -0.6);
  CHECK(c.metrics[0].delta == Approx(-0.8));
  CHECK(c.metrics[0].label == "the tone");
  REQUIRE(c.metrics[0].interval.has_value());
  CHECK(c.metrics[0].interval->high < 0.0);
  CHECK(c.metrics[0].interval->distinguishable);
  CHECK(c.metrics[0].evidence_a.size() == 1);
  CHECK(c.metrics[0].evidence_b.size() == 1);
  CHECK(c.metrics[0].evidence_b[0].begin == 20);
  REQUIRE(c.only_a.size() == 1);
  CHECK(c.only_a[0].key == "china");
  CHECK(c.only_a[0].evidence_a.size() == 2); // capped
  REQUIRE(c.only_b.size() == 1);
  CHECK(c.only_b[0].key == "usa");
  REQUIRE(c.shared.size() == 1);
  CHECK(c.shared[0].evidence_a.size() == 2);
  CHECK(c.shared[0].evidence_b.size() == 2);
}

TEST_CASE("compare_aspect: a failed or unscored side is not comparable", "[compare][aspect]") {
  const AspectResult ok = sample_result();
  AspectResult failed = sample_result();
  failed.status = model::ResultStatus::failed;
  failed.error = "lexicon missing";
  AspectResult unscored = sample_result();
  unscored.status = model::ResultStatus::unscored;
  unscored.error = "language 'de'";

  const auto c1 = compare::compare_aspect(ok, failed, {});
  CHECK_FALSE(c1.comparable);
  CHECK(c1.why_not == "B failed: lexicon missing");
  CHECK(c1.similarity == 0.0);
  CHECK(c1.metrics.empty());
  CHECK(c1.shared.empty());

  const auto c2 = compare::compare_aspect(unscored, ok, {});
  CHECK_FALSE(c2.comparable);
  CHECK(c2.why_not == "A unscored: language 'de'");

  const auto c3 = compare::compare_aspect(unscored, failed, {});
  CHECK_FALSE(c3.comparable);
  CHECK(c3.why_not == "A unscored: language 'de'; B failed: lexicon missing");
}

TEST_CASE("compare_aspect: metrics on one side only, empty results", "[compare][aspect]") {
  AspectResult a;
  a.aspect = "style";
  AspectResult b = a;
  CHECK(compare::compare_aspect(a, b, {}).similarity == 1.0);

  a.metrics.push_back(metric("words", MetricKind::count, 400));
  a.metrics.push_back(metric("grade", MetricKind::value, 10));
  b.metrics.push_back(metric("words", MetricKind::count, 800));
  const auto c = compare::compare_aspect(a, b, {});
  REQUIRE(c.metrics.size() == 1);
  CHECK(c.metrics[0].name == "words");
  CHECK(c.similarity == Approx(0.5));
}

TEST_CASE("metric deltas: non-finite per-sentence values get no interval", "[compare][aspect]") {
  const std::vector<Metric> a{metric("tone", MetricKind::score, 0.1, {0.1, std::nan("")})};
  const std::vector<Metric> b{metric("tone", MetricKind::score, 0.2, {0.2, 0.2})};
  const auto deltas = compare::metric_deltas(a, b, {});
  REQUIRE(deltas.size() == 1);
  CHECK_FALSE(deltas[0].interval.has_value());
}

TEST_CASE("metric deltas: intervals are reproducible with the seed", "[compare][aspect]") {
  const std::vector<Metric> a{metric("tone", MetricKind::score, 0.1, {0.1, -0.4, 0.6, 0.0, 0.3})};
  const std::vector<Metric> b{metric("tone", MetricKind::score, 0.2, {0.2, 0.9, -0.1, 0.5})};
  compare::CompareOptions options;
  const auto first = compare::metric_deltas(a, b, options);
  const auto again = compare::metric_deltas(a, b, options);
  REQUIRE(first[0].interval.has_value());
  CHECK(first[0].interval->low == again[0].interval->low);
  CHECK(first[0].interval->high == again[0].interval->high);
}
