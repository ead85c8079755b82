// The plugin's own comparison: shared and unique actors, salience shifts, pairings.
#include "actors_support.hpp"

#include "model/comparison.hpp"

using namespace actors_test;
using aspectdiff::model::AspectComparison;

namespace {

AspectComparison compare(const Document &a, const Document &b) {
  const auto &instance = plugin_instance("actors");
  const AspectResult ra = actors_of(a), rb = actors_of(b);
  AspectComparison out;
  out.aspect = "actors";
  REQUIRE(instance.has_compare());
  const std::string error = instance.compare(a, ra, b, rb, out);
  INFO(error);
  REQUIRE(error.empty());
  return out;
}

const aspectdiff::model::Finding *finding(const AspectComparison &c, std::string_view key) {
  for (const auto &f : c.findings)
    if (f.key == key) return &f;
  return nullptr;
}

} // namespace

TEST_CASE("actors: identical documents are fully similar", "[actors]") {
  const Document a = make_document("Putin met Xi Jinping in Moscow. Russia and China agreed.");
  const AspectComparison c = compare(a, a);
  CHECK(c.similarity == Approx(1.0));
  for (const auto &f : c.findings)
    CHECK(f.category == "overview");
}

TEST_CASE("actors: comparison lists unique actors, shifts and pairings with evidence", "[actors]") {
  const Document a =
      make_document("Xi Jinping met Vladimir Putin in Moscow. Xi and Putin praised each other. "
                    "Putin said Russia valued China. Xi agreed.");
  const Document b =
      make_document("Xi Jinping met Narendra Modi in Delhi. Xi and Modi spoke of India and China. "
                    "Modi said India wanted trade. Xi smiled. Xi left. Xi returned.");
  const AspectComparison c = compare(a, b);
  CHECK(c.similarity > 0.0);
  CHECK(c.similarity < 0.8);

  const auto *overview = finding(c, "overview");
  REQUIRE(overview != nullptr);
  CHECK_THAT(overview->label, Catch::Contains("shared actors: 2"));

  const auto *only_a = finding(c, "only:person:vladimir-putin");
  REQUIRE(only_a != nullptr);
  CHECK(only_a->category == "only_a");
  CHECK_FALSE(only_a->evidence_a.empty());
  CHECK(only_a->evidence_b.empty());
  const auto *only_b = finding(c, "only:person:narendra-modi");
  REQUIRE(only_b != nullptr);
  CHECK_FALSE(only_b->evidence_b.empty());

  const auto *pairing = finding(c, "pairing:person:xi-jinping");
  REQUIRE(pairing != nullptr);
  CHECK(pairing->label ==
        "A pairs Xi Jinping with Vladimir Putin; B pairs Xi Jinping with Narendra Modi");
  REQUIRE_FALSE(pairing->evidence_a.empty());
  REQUIRE_FALSE(pairing->evidence_b.empty());
  const auto s = pairing->evidence_b.front();
  CHECK(b.text.substr(s.begin, s.end - s.begin).find("Modi") != std::string::npos);
}

TEST_CASE("actors: a salience shift is a finding", "[actors]") {
  const Document a = make_document("China grew. Taiwan watched. China built. China sailed.");
  const Document b = make_document("Taiwan grew. Taiwan voted. Taiwan built. China watched.");
  const AspectComparison c = compare(a, b);
  const auto *shift = finding(c, "salience:state:TW");
  REQUIRE(shift != nullptr);
  CHECK(shift->value_b > shift->value_a);
  CHECK_THAT(shift->label, Catch::StartsWith("B gives Taiwan more prominence"));
}
