// The sentiment plugin's own comparison: score difference with interval, arcs, actors, word shift.
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
