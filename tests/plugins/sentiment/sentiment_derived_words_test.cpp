// Entries the lexicon derives rather than lists (tools/build_lexicon.py): words formed with a
// negative prefix take the opposite tone of their base ("implausible" from "plausible"),
// except the hand-checked words whose prefix is no negation ("informative", "dissolve") or
// whose use is not the opposite ("invaluable", "nonprofit"); and nouns that name things (tools,
// food, substances) carry no tone even when the propagation over WordNet reaches them.
#include "sentiment_support.hpp"

using namespace sentiment_test;

TEST_CASE("sentiment: a negative prefix reverses the tone of its base", "[sentiment][lexicon]") {
  for (const char *text : {"The explanation they gave was implausible.",
                           "His remarks at the hearing were inappropriate."}) {
    INFO(text);
    const auto result = sentiment_of(make_document(text), lexicon_only);
    CHECK(metric_of(result, "score") < -0.05);
    CHECK(metric_of(result, "negative_terms") > 0.0);
  }
  // A negated negative base is a (weaker) positive.
  CHECK(score_of("The mushrooms they picked were nonpoisonous.", lexicon_only) > 0.05);
}

TEST_CASE("sentiment: words that only look prefixed keep their own tone", "[sentiment][lexicon]") {
  CHECK(score_of("Her advice was invaluable.", lexicon_only) > 0.05);
  for (const char *text :
       {"The report on the nonprofit was informative.", "The sugar will dissolve in the tea."}) {
    INFO(text);
    const auto result = sentiment_of(make_document(text), lexicon_only);
    CHECK(metric_of(result, "negative_terms") == 0.0);
  }
}

TEST_CASE("sentiment: nouns that name things carry no tone", "[sentiment][lexicon]") {
  for (const char *text :
       {"They sealed the box with glue and resin.", "The cooker stands next to the freezer."}) {
    INFO(text);
    const auto result = sentiment_of(make_document(text), lexicon_only);
    CHECK(metric_of(result, "positive_terms") == 0.0);
    CHECK(metric_of(result, "negative_terms") == 0.0);
  }
}
