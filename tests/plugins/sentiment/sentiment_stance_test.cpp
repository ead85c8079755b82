// The stance cues of commentary ("fails to", "refuses to", "lack of", "should have" + past
// participle, "too" + word): recognised per sentence, emitted as model features, weighed by the
// shipped model so that a sentence holding one reads as more negative.
#include "sentiment_support.hpp"

using namespace sentiment_test;

namespace {

// The share of the text's sentences holding the given stance cue (model feature cue_<name>).
double cue_share(std::string text, std::string_view name) {
  const auto r = sentiment_of(make_document(std::move(text)), "emit_features = true\n");
  return metric_of(r, "feature.cue_" + std::string(name));
}

} // namespace

TEST_CASE("sentiment: 'fails to' is a failure cue and lowers the score", "[sentiment][stance]") {
  CHECK(cue_share("The plan fails to convince.", "failure") == 1.0);
  CHECK(cue_share("The team failed to deliver the bridge.", "failure") == 1.0);
  CHECK(cue_share("They were unable to agree.", "failure") == 1.0);
  CHECK(cue_share("The plan convinces.", "failure") == 0.0);
  CHECK(score_of("The plan fails to convince.") < score_of("The plan convinces."));
}

TEST_CASE("sentiment: 'refuses to' is a refusal cue and lowers the score", "[sentiment][stance]") {
  CHECK(cue_share("The minister refuses to answer.", "refusal") == 1.0);
  CHECK(cue_share("The minister refused to answer.", "refusal") == 1.0);
  CHECK(cue_share("The minister answers.", "refusal") == 0.0);
  CHECK(score_of("The minister refuses to answer.") < score_of("The minister answers."));
}

TEST_CASE("sentiment: 'lack of' and 'lacks' are lack cues and lower the score",
          "[sentiment][stance]") {
  CHECK(cue_share("The report lacks detail.", "lack") == 1.0);
  CHECK(cue_share("There is a lack of funding.", "lack") == 1.0);
  CHECK(cue_share("The report has detail.", "lack") == 0.0);
  CHECK(score_of("The report lacks detail.") < score_of("The report has detail."));
}

TEST_CASE("sentiment: 'should have' with a past participle is a regret cue",
          "[sentiment][stance]") {
  CHECK(cue_share("They should have known.", "regret") == 1.0);
  CHECK(cue_share("The film could have been shorter.", "regret") == 1.0);
  CHECK(cue_share("I would've liked more.", "regret") == 1.0);
  CHECK(cue_share("They should not have said it.", "regret") == 1.0);
  // Advice or a plain modal is no reproach.
  CHECK(cue_share("Schools should have more teachers.", "regret") == 0.0);
  CHECK(cue_share("They knew.", "regret") == 0.0);
  CHECK(cue_share("It would help.", "regret") == 0.0);
  CHECK(score_of("They should have known.") < score_of("They knew."));
}

TEST_CASE("sentiment: 'should have' still opens a hypothetical clause", "[sentiment][stance]") {
  // The cue marks the sentence; the condition rule keeps weakening what the clause says.
  const double plain = score_of("It was wonderful.");
  const double regretted = score_of("It would have been wonderful.");
  CHECK(regretted < plain);
  CHECK(cue_share("It would have been wonderful.", "regret") == 1.0);
}

TEST_CASE("sentiment: 'too' before a word is an excess cue", "[sentiment][stance]") {
  CHECK(cue_share("The film is too slow.", "excess") == 1.0);
  CHECK(cue_share("There were too many speeches.", "excess") == 1.0);
  CHECK(score_of("The film is too slow.") < 0.0);
  CHECK(score_of("The pace is too quick.") < score_of("The pace is quick."));
  // "too" meaning "also", at the end of a clause, is no excess.
  CHECK(cue_share("Me too.", "excess") == 0.0);
  CHECK(cue_share("It works, too, in the rain.", "excess") == 0.0);
}

TEST_CASE("sentiment: stance cues are shares of sentences", "[sentiment][stance]") {
  CHECK(cue_share("The plan fails to convince. The budget is sound.", "failure") == 0.5);
  // A sentence holds a cue once however often it repeats.
  CHECK(cue_share("It fails to move and fails to amuse.", "failure") == 1.0);
}

TEST_CASE("sentiment: each stance cue is quoted as an item with its span", "[sentiment][stance]") {
  const auto doc = make_document("The plan fails to convince. They should have known it. The "
                                 "speech was too long. Voters like the budget.");
  const auto r = sentiment_of(doc);
  const auto *failure = item_of(r, "stance:failure");
  REQUIRE(failure != nullptr);
  CHECK(failure->category == "stance-cue");
  CHECK(failure->count == 1);
  CHECK(failure->weight == Approx(0.25));
  REQUIRE(failure->evidence.size() == 1);
  CHECK(text_of(doc, failure->evidence[0]) == "fails to");
  const auto *regret = item_of(r, "stance:regret");
  REQUIRE(regret != nullptr);
  REQUIRE(regret->evidence.size() == 1);
  CHECK(text_of(doc, regret->evidence[0]) == "should have known");
  const auto *excess = item_of(r, "stance:excess");
  REQUIRE(excess != nullptr);
  REQUIRE(excess->evidence.size() == 1);
  CHECK(text_of(doc, excess->evidence[0]) == "too long");
  CHECK(item_of(r, "stance:lack") == nullptr);
  CHECK(item_of(r, "stance:refusal") == nullptr);
}
