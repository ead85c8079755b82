// The sentiment plugin's own comparison: stance per actor, score difference with interval, arcs,
// word shift.
#include "sentiment_support.hpp"

#include <algorithm>

using namespace sentiment_test;

namespace {

const aspectdiff::model::Finding *finding_of(const aspectdiff::model::AspectComparison &c,
                                             std::string_view key) {
  for (const auto &f : c.findings)
    if (f.key == key) return &f;
  return nullptr;
}

} // namespace

TEST_CASE("sentiment: compare finds a more negative B and the words behind it",
          "[sentiment][compare]") {
  const auto a = make_document("The summit was a great success. Both sides praised the warm, "
                               "friendly talks. Trade will prosper. The leaders met in Moscow.");
  const auto b = make_document("The summit was a dismal failure. Both sides traded bitter "
                               "accusations. Sanctions will bite. The leaders met in Moscow.");
  const auto ra = sentiment_of(a), rb = sentiment_of(b);
  const auto &instance = aspectdiff::testing::plugin_instance("sentiment");
  REQUIRE(instance.has_compare());
  aspectdiff::model::AspectComparison out;
  REQUIRE(instance.compare(a, ra, b, rb, out).empty());
  CHECK(out.similarity >= 0.0);
  CHECK(out.similarity < 0.7);

  const auto *score = finding_of(out, "score");
  REQUIRE(score != nullptr);
  CHECK(score->value_b < score->value_a);
  CHECK(score->label.find("B is more negative than A") != std::string::npos);
  CHECK(score->label.find("95% interval") != std::string::npos);
  CHECK_FALSE(score->evidence_a.empty());
  CHECK_FALSE(score->evidence_b.empty());

  REQUIRE(finding_of(out, "arc") != nullptr);

  const auto shifts = std::count_if(out.findings.begin(), out.findings.end(),
                                    [](const auto &f) { return f.category == "word-shift"; });
  CHECK(shifts >= 3);
  const auto *failure = finding_of(out, "word-shift:failure");
  REQUIRE(failure != nullptr);
  CHECK(failure->label.find("more negative") != std::string::npos);
  REQUIRE_FALSE(failure->evidence_b.empty());
  CHECK(text_of(b, failure->evidence_b[0]).find("failure") != std::string::npos);
}

TEST_CASE("sentiment: compare of a document with itself is similarity 1", "[sentiment][compare]") {
  const auto a = make_document("A fine day. A terrible night.");
  const auto ra = sentiment_of(a);
  aspectdiff::model::AspectComparison out;
  REQUIRE(aspectdiff::testing::plugin_instance("sentiment").compare(a, ra, a, ra, out).empty());
  CHECK(out.similarity == Approx(1.0));
  const auto *score = finding_of(out, "score");
  REQUIRE(score != nullptr);
  CHECK(score->label.find("not told apart") != std::string::npos);
}

TEST_CASE("sentiment: compare puts the actors treated differently first, with an interval",
          "[sentiment][compare][stance]") {
  const auto a = make_document(
      "Vladimir Putin was praised for his wise leadership. Putin won warm admiration abroad. "
      "Observers hailed Putin as a brilliant statesman. Putin earned respect everywhere.");
  const auto b = make_document(
      "Vladimir Putin was condemned for the brutal invasion. Putin faced fierce criticism for "
      "the atrocities. Critics denounced Putin as a ruthless dictator. Putin was widely hated.");
  const std::string config = "actors_of_interest = [\"Vladimir Putin\", \"Xi Jinping\"]\n";
  const auto ra = sentiment_of(a, config), rb = sentiment_of(b, config);
  aspectdiff::model::AspectComparison out;
  REQUIRE(
      aspectdiff::testing::plugin_instance("sentiment", config).compare(a, ra, b, rb, out).empty());
  REQUIRE_FALSE(out.findings.empty());
  const auto &first = out.findings.front();
  CHECK(first.key == "stance:interest:Vladimir Putin");
  CHECK(first.category == "stance");
  CHECK(first.value_a > 0.0);
  CHECK(first.value_b < 0.0);
  CHECK(first.label.find("B is colder toward Vladimir Putin than A") != std::string::npos);
  CHECK(first.label.find("95% interval") != std::string::npos);
  CHECK(first.label.find("Words: A ") != std::string::npos);
  CHECK(first.magnitude > 2.0); // a standardised difference: beyond twice its standard error
  CHECK_FALSE(first.evidence_a.empty());
  CHECK_FALSE(first.evidence_b.empty());
  // Xi is named on neither side: a row of the table that says so, not a finding.
  const auto *xi = finding_of(out, "stance:interest:Xi Jinping");
  REQUIRE(xi != nullptr);
  CHECK(xi->category == "stance-table");
  CHECK(xi->label.find("A not named; B not named") != std::string::npos);
}
