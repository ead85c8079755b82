// Each cue class is found with its class and its span.
#include "hedging_support.hpp"

using namespace hedging_test;

TEST_CASE("hedging: epistemic modals, lexical verbs, adverbs and adjectives are hedges",
          "[hedging][classes]") {
  const auto cues = cues_in("The talks might fail. Sanctions seem to bite. The deal is possibly "
                            "dead. It is unclear who gains. The data suggest a slowdown.");
  CHECK(has_cue(cues, "hedge", "might"));
  CHECK(has_cue(cues, "hedge", "seem"));
  CHECK(has_cue(cues, "hedge", "possibly"));
  CHECK(has_cue(cues, "hedge", "unclear"));
  CHECK(has_cue(cues, "hedge", "suggest"));
}

TEST_CASE("hedging: approximators hedge amounts", "[hedging][classes]") {
  const auto cues = cues_in("They met about 30 times. Roughly half of the trade is in yuan. "
                            "Some 300 officials attended. To some extent this is new.");
  CHECK(has_cue(cues, "hedge", "about"));
  CHECK(has_cue(cues, "hedge", "Roughly"));
  CHECK(has_cue(cues, "hedge", "Some"));
  CHECK(has_cue(cues, "hedge", "To some extent"));
  for (const auto &c : cues)
    if (c.text == "about" || c.text == "Some") CHECK(c.subtype == "approximator");
}

TEST_CASE("hedging: boosters", "[hedging][classes]") {
  const auto cues = cues_in("Clearly, the West miscalculated. In fact, trade doubled. There is "
                            "no doubt about it. It is clear that Moscow needs Beijing.");
  CHECK(has_cue(cues, "booster", "Clearly"));
  CHECK(has_cue(cues, "booster", "In fact"));
  CHECK(has_cue(cues, "booster", "There is no doubt"));
  CHECK(has_cue(cues, "booster", "clear"));
}

TEST_CASE("hedging: attribution and evidentials", "[hedging][classes]") {
  const auto cues = cues_in("According to Reuters, the deal is done. The pipeline is reported "
                            "to be delayed. The minister reportedly resigned. Officials said "
                            "nothing.");
  CHECK(has_cue(cues, "attribution", "According to"));
  CHECK(has_cue(cues, "attribution", "is reported to"));
  CHECK(has_cue(cues, "attribution", "reportedly"));
  CHECK(has_cue(cues, "attribution", "Officials said"));
}

TEST_CASE("hedging: weasel attribution names no one", "[hedging][classes]") {
  const auto cues = cues_in("Some say the alliance is hollow. Many believe it will last. It is "
                            "widely thought that Beijing leads. Critics argue otherwise.");
  CHECK(has_cue(cues, "weasel", "Some say"));
  CHECK(has_cue(cues, "weasel", "Many believe"));
  CHECK(has_cue(cues, "weasel", "It is widely thought"));
  CHECK(has_cue(cues, "weasel", "Critics argue"));
}

TEST_CASE("hedging: conditionals that limit a claim", "[hedging][classes]") {
  const auto cues = cues_in("The partnership holds as long as oil flows. It fails if Beijing "
                            "balks. Nothing changes unless Moscow pays.");
  CHECK(has_cue(cues, "conditional", "as long as"));
  CHECK(has_cue(cues, "conditional", "if"));
  CHECK(has_cue(cues, "conditional", "unless"));
}

TEST_CASE("hedging: a plain factual text has no epistemic cues", "[hedging][classes]") {
  const auto cues = cues_in("Putin visited Beijing in 2019. The two leaders signed a gas deal. "
                            "The pipeline opened in December.");
  CHECK(cues.empty());
}
