// Cue words that are not cues in context: the month May, "can" of ability, plain futures,
// "appears" on stage, "about" a topic, "some" as a quantity, fixed phrases, noun readings.
#include "hedging_support.hpp"

using namespace hedging_test;

TEST_CASE("hedging: May the month is not a hedge, may the modal is", "[hedging][disambiguation]") {
  CHECK(cues_in("The summit took place in May. Talks resumed on May 20, 2023.").empty());
  CHECK(cues_in("May 2019 saw the pipeline open.").empty());
  CHECK(cues_in("Theresa May met Xi in Beijing.").empty());
  CHECK(has_cue(cues_in("May 9 is Victory Day, and the parade may be cancelled."), "hedge", "may"));
  CHECK(has_cue(cues_in("The pipeline may be delayed."), "hedge", "may"));
}

TEST_CASE("hedging: can of ability is not a hedge, epistemic can is", "[hedging][disambiguation]") {
  CHECK(cues_in("I can swim. You can buy tickets online. He can speak Chinese.").empty());
  CHECK(cues_in("She bought a can of beans.").empty());
  CHECK(has_cue(cues_in("Sanctions can be costly."), "hedge", "can"));
  CHECK(has_cue(cues_in("Such deals can lead to dependence."), "hedge", "can"));
}

TEST_CASE("hedging: will as plain future is not a hedge", "[hedging][disambiguation]") {
  CHECK(
      cues_in("The leaders will meet in Kazan next week. The pipeline will open in 2025.").empty());
  // The hedge in "will likely" is "likely", not "will".
  const auto cues = cues_in("Trade will likely grow.");
  REQUIRE(cues.size() == 1);
  CHECK(cues[0].text == "likely");
}

TEST_CASE("hedging: would as a future in the past is not a hedge", "[hedging][disambiguation]") {
  CHECK(cues_in("Xi would later become president. The army would often withdraw.").empty());
  // "said that" is an attribution; the reported future after it is not a hedge.
  const auto reported = cues_in("He said that the army would withdraw.");
  CHECK(has_cue(reported, "attribution", "said that"));
  CHECK_FALSE(any_cue_contains(reported, "would"));
  CHECK(has_cue(cues_in("A deal would weaken the West."), "hedge", "would"));
}

TEST_CASE("hedging: could of past ability is not a hedge", "[hedging][disambiguation]") {
  CHECK(cues_in("He could recite the whole speech. They could not attend.").empty());
  CHECK(has_cue(cues_in("The sanctions could cause a recession."), "hedge", "could"));
}

TEST_CASE("hedging: appears on stage is not a hedge", "[hedging][disambiguation]") {
  CHECK(cues_in("Xi appears in the documentary. Putin appeared on stage with him.").empty());
  CHECK(cues_in("The president appeared to the crowd at noon.").empty());
  CHECK(has_cue(cues_in("Their goal appears to be a balance of power."), "hedge", "appears to be"));
}

TEST_CASE("hedging: about a topic and some as a quantity are not hedges",
          "[hedging][disambiguation]") {
  CHECK(cues_in("The book is about Russia. Some countries joined the talks. We walked around "
                "the square.")
            .empty());
  CHECK(has_cue(cues_in("The pipeline cost around a third of the budget."), "hedge", "around"));
}

TEST_CASE("hedging: fixed phrases block the cue words inside them", "[hedging][disambiguation]") {
  CHECK(cues_in("Beijing might as well sign now.").empty());
  CHECK(cues_in("The poll counted likely voters only.").empty());
  CHECK(cues_in("Be that as it may, the talks went ahead.").empty());
  CHECK(cues_in("The leaders would like to meet again.").empty());
}

TEST_CASE("hedging: noun and attributive readings are not cues", "[hedging][disambiguation]") {
  const auto cues = cues_in("A certain diplomat arrived. The schools of thought differ.");
  CHECK(cues.empty());
  CHECK(cues_in("Leave as soon as possible.").empty());
  CHECK(has_cue(cues_in("It is possible that the deal collapses."), "hedge", "possible"));
}

TEST_CASE("hedging: negated boosters become hedges", "[hedging][disambiguation]") {
  const auto a = cues_in("It is not clear that Beijing will pay.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].cls == "hedge");
  CHECK(a[0].text == "not clear");
  CHECK(a[0].subtype == "negated_booster");

  const auto b = cues_in("The two are not necessarily allies.");
  CHECK(has_cue(b, "hedge", "not necessarily"));

  const auto c = cues_in("We cannot be certain of the outcome.");
  CHECK(has_cue(c, "hedge", "cannot be certain"));

  // Not negated: the booster stays a booster.
  CHECK(has_cue(cues_in("It is certain that trade will grow."), "booster", "certain"));
}
