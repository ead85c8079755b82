// The vocabulary of news reports: events, institutions and offices name what happened, not how
// it went, so they carry no valence of their own (the lexicon lists them in
// tools/seeds_neutral.txt); and the comparative turns of commentary ("less than", "no less",
// "deserves better").
#include "sentiment_support.hpp"

using namespace sentiment_test;

TEST_CASE("sentiment: news events and institutions are neutral", "[sentiment][lexicon]") {
  for (const char *text : {"The summit talks opened in Beijing on Tuesday.",
                           "The party sent its minister to the meeting.",
                           "Congress will vote on the tax bill and the budget next week.",
                           "The president and the prime minister held a conference on energy.",
                           "A military delegation arrived for the negotiations."}) {
    INFO(text);
    const auto result = sentiment_of(make_document(text), lexicon_only);
    CHECK(std::abs(metric_of(result, "score")) < 0.05);
    CHECK(metric_of(result, "positive_terms") == 0.0);
  }
}

TEST_CASE("sentiment: news words keep their tone when one is said", "[sentiment][lexicon]") {
  CHECK(score_of("The summit was a triumph.", lexicon_only) > 0.1);
  CHECK(score_of("The talks collapsed in acrimony.", lexicon_only) < -0.1);
}

TEST_CASE("sentiment: 'less than' negates and 'no less' does not", "[sentiment][negation]") {
  const double spectacular = score_of("The fireworks were spectacular.", lexicon_only);
  CHECK(spectacular > 0.1);
  CHECK(score_of("The fireworks were less than spectacular.", lexicon_only) < 0.0);
  CHECK(score_of("The display was quieter but no less magical.", lexicon_only) > 0.05);
}

TEST_CASE("sentiment: 'deserves better' is a reproach", "[sentiment][idioms]") {
  CHECK(score_of("The city deserves better.", lexicon_only) < -0.05);
  CHECK(score_of("The city deserves praise.", lexicon_only) > 0.05);
}
