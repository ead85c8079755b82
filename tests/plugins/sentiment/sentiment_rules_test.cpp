// The sentiment rules: negation and its scope, boosters, contrast, idioms, emphasis, hedges.
#include "sentiment_support.hpp"

using namespace sentiment_test;

TEST_CASE("sentiment: plain valence has the expected sign", "[sentiment]") {
  CHECK(score_of("The results were excellent.") > 0.2);
  CHECK(score_of("The results were terrible.") < -0.2);
  CHECK(std::abs(score_of("The meeting took place on Tuesday in Beijing.")) < 0.05);
}

TEST_CASE("sentiment: negation flips and shrinks what follows", "[sentiment][negation]") {
  const double good = score_of("The plan is good.");
  const double not_good = score_of("The plan is not good.");
  CHECK(not_good < 0.0);
  CHECK(std::abs(not_good) < std::abs(good));
  CHECK(score_of("The plan isn't good.") < 0.0);
  CHECK(score_of("The plan is never good.") < 0.0);
  CHECK(score_of("The talks are no longer friendly.") < 0.0);
  // A hedged negation weakens less than a plain one.
  CHECK(score_of("The deal is not necessarily good.") > not_good);
  CHECK(score_of("The deal is hardly good.") < good);
}

TEST_CASE("sentiment: negation stops at the end of its clause", "[sentiment][negation]") {
  // "not" reaches "happy" but not "wonderful" after the comma.
  const double scoped = score_of("I was not happy at first, but the ending was wonderful.");
  CHECK(scoped > 0.1);
  // Beyond the scope (more than four words on), the word keeps its valence.
  CHECK(score_of("We did not expect that the long and winding road would be so beautiful.") > 0.0);
}

TEST_CASE("sentiment: 'not only' and 'no doubt' are not negations", "[sentiment][negation]") {
  CHECK(score_of("The treaty was not only fair but generous.") > 0.2);
  CHECK(score_of("There is no doubt the reform was a success.") > 0.1);
}

TEST_CASE("sentiment: what follows 'but' weighs more", "[sentiment][contrast]") {
  const double good_then_bad = score_of("The food was good but the service was terrible.");
  const double bad_then_good = score_of("The service was terrible but the food was good.");
  CHECK(good_then_bad < 0.0);
  CHECK(bad_then_good > 0.0);
}

TEST_CASE("sentiment: a conceded clause weighs less", "[sentiment][contrast]") {
  CHECK(score_of("Although the summit was cordial, the results were disappointing.") < 0.0);
  CHECK(score_of("Despite the sanctions, the economy prospered.") > 0.0);
}

TEST_CASE("sentiment: boosters strengthen and dampeners weaken", "[sentiment][boosters]") {
  const double plain = score_of("The speech was good.");
  const double very = score_of("The speech was very good.");
  const double extremely = score_of("The speech was extremely good.");
  const double slightly = score_of("The speech was slightly good.");
  CHECK(very > plain);
  CHECK(extremely > very);
  CHECK(slightly < plain);
  CHECK(slightly > 0.0);
  CHECK(score_of("The reaction was extremely hostile.") < score_of("The reaction was hostile."));
}

TEST_CASE("sentiment: idioms that invert their words", "[sentiment][idioms]") {
  CHECK(score_of("The film was not bad.") > 0.0);
  CHECK(score_of("Honestly, the dessert is to die for.") > 0.2);
  CHECK(score_of("The service leaves much to be desired.") < -0.1);
  CHECK(score_of("Their partnership is a marriage of convenience.") < 0.0);
  CHECK(score_of("They pledged mutual support.") > 0.1);
}

TEST_CASE("sentiment: capitals and exclamation marks add emphasis", "[sentiment][emphasis]") {
  CHECK(score_of("The show was GREAT.") > score_of("The show was great."));
  CHECK(score_of("The show was great!!!") > score_of("The show was great."));
}

TEST_CASE("sentiment: questions and conditions assert less", "[sentiment][hedges]") {
  const double claim = score_of("The agreement is a disaster.");
  CHECK(std::abs(score_of("Is the agreement a disaster?")) < std::abs(claim));
  CHECK(std::abs(score_of("If the agreement is a disaster, we will know soon.")) < std::abs(claim));
}

TEST_CASE("sentiment: emoticons count", "[sentiment][social]") {
  CHECK(score_of("Off to the airport now :)") > 0.05);
  CHECK(score_of("Off to the airport now :(") < -0.05);
  // A URL is not a face (checked without the fitted word weights, which see "read" and "now").
  CHECK(std::abs(score_of("Read it at http://example.com/page now", lexicon_only)) < 0.05);
}

TEST_CASE("sentiment: capitalised words inside a sentence are read as names",
          "[sentiment][names]") {
  auto has_term = [](std::string text, std::string_view key, std::string_view config = "") {
    return item_of(sentiment_of(make_document(std::move(text)), config), key) != nullptr;
  };
  // Names and titles made of capitalised words carry no valence...
  CHECK_FALSE(has_term("Commuters crowded Grand Central on Friday.", "term:grand"));
  CHECK_FALSE(has_term("Reporters met President Bush in Texas.", "term:bush"));
  CHECK_FALSE(has_term("The delegates thanked the United Nations.", "term:unite"));
  CHECK_FALSE(has_term("Reporters asked Mr. Gore about the plan.", "term:gore"));
  CHECK(has_term("The film was full of gore.", "term:gore"));
  CHECK(has_term("The delegates thanked the United Nations.", "term:thank"));
  // ...unless the rule is switched off,
  CHECK(has_term("Commuters crowded Grand Central on Friday.", "term:grand",
                 "rules.names_neutral = false\n"));
  // and a word that opens the sentence, a quotation, or a title-case headline keeps its sense.
  CHECK(has_term("Grand plans were announced on Friday.", "term:grand"));
  CHECK(has_term("The mayor said: \"Grand work, everyone.\"", "term:grand"));
  CHECK(has_term("Grand Plans For The Riverside Unveiled", "term:grand"));
  // A single capitalised word in a post is not taken for a name.
  CHECK(has_term("@jo Hope the interview goes well", "term:hope"));
}
