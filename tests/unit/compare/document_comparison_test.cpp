#include "compare/document_comparison.hpp"
#include "compare/rank.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace aspectdiff;

namespace {

model::AspectComparison aspect(const char *name, double similarity, bool comparable = true) {
  model::AspectComparison c;
  c.aspect = name;
  c.similarity = similarity;
  c.comparable = comparable;
  return c;
}

model::Comparison comparison(const char *b_id, double overall) {
  model::Comparison c;
  c.a_id = "ref";
  c.b_id = b_id;
  c.overall = overall;
  c.aspects = {aspect("style", overall), aspect("themes", 0.0, false)};
  return c;
}

model::AspectResult result(const char *aspect_name, double value) {
  model::AspectResult r;
  r.aspect = aspect_name;
  model::Metric m;
  m.name = "m";
  m.kind = model::MetricKind::proportion;
  m.value = value;
  r.metrics.push_back(m);
  return r;
}

} // namespace

TEST_CASE("overall similarity: weighted mean of comparable aspects", "[compare][overall]") {
  const std::vector<model::AspectComparison> aspects{aspect("style", 0.9), aspect("themes", 0.3),
                                                     aspect("actors", 0.0, false)};
  compare::CompareOptions options;
  CHECK(compare::overall_similarity(aspects, options) == Approx(0.6));
  options.weights["themes"] = 3.0;
  CHECK(compare::overall_similarity(aspects, options) == Approx((0.9 + 0.9) / 4.0));
  options.weights["style"] = 0.0;
  CHECK(compare::overall_similarity(aspects, options) == Approx(0.3));
  options.weights["themes"] = 0.0;
  CHECK(compare::overall_similarity(aspects, options) == 0.0);
  CHECK(compare::overall_similarity({}, {}) == 0.0);
}

TEST_CASE("overall similarity: a negative weight is refused", "[compare][overall]") {
  compare::CompareOptions options;
  options.weights["style"] = -1.0;
  CHECK_THROWS_WITH(compare::overall_similarity({aspect("style", 0.5)}, options),
                    Catch::Contains("weight of aspect 'style'"));
}

TEST_CASE("compare_documents: aspects by name, missing ones not comparable", "[compare][overall]") {
  model::DocumentResult a{"ref", {result("style", 0.5), result("themes", 0.2)}};
  model::DocumentResult b{"doc", {result("hedging", 0.1), result("style", 0.3)}};
  const auto c = compare::compare_documents(a, b, {});
  CHECK(c.a_id == "ref");
  CHECK(c.b_id == "doc");
  REQUIRE(c.aspects.size() == 3);
  CHECK(c.aspects[0].aspect == "style");
  CHECK(c.aspects[0].comparable);
  CHECK(c.aspects[0].similarity == Approx(0.8));
  CHECK(c.aspects[1].aspect == "themes");
  CHECK_FALSE(c.aspects[1].comparable);
  CHECK(c.aspects[1].why_not == "B has no result for this aspect");
  CHECK(c.aspects[2].aspect == "hedging");
  CHECK_FALSE(c.aspects[2].comparable);
  CHECK(c.overall == Approx(0.8));
}

TEST_CASE("rank: equal differences fall back on the most similar first, ties in input order",
          "[compare][rank]") {
  const std::vector<model::Comparison> comparisons{comparison("a", 0.4), comparison("b", 0.9),
                                                   comparison("c", 0.4), comparison("d", 0.7)};
  const auto ranking = compare::rank(comparisons);
  REQUIRE(ranking.size() == 4);
  CHECK(ranking[0].document_id == "b");
  CHECK(ranking[1].document_id == "d");
  CHECK(ranking[2].document_id == "a");
  CHECK(ranking[3].document_id == "c");
  CHECK(ranking[0].overall == 0.9);
  REQUIRE(ranking[0].per_aspect.size() == 1); // the incomparable aspect is left out
  CHECK(ranking[0].per_aspect[0].first == "style");
  CHECK(ranking[0].per_aspect[0].second == 0.9);
  CHECK(compare::rank({}).empty());
}
