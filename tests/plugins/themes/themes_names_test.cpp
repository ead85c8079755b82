// Words inside a recognised name do not count toward themes by their common-noun sense: the
// actors aspect's multi-token mentions mask their single-word cues, while phrase cues count.
#include "../../support/plugin_harness.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace {

using aspectdiff::model::AspectResult;
using aspectdiff::model::Item;
using aspectdiff::testing::find_item;
using aspectdiff::testing::make_document;
using aspectdiff::testing::run_plugin;

// Themes with the actors result as its input, as the host runs it when both are enabled.
AspectResult themes_with_actors(const aspectdiff::model::Document &doc) {
  const auto actors = run_plugin("actors", doc);
  REQUIRE(actors.status == aspectdiff::model::ResultStatus::ok);
  return run_plugin("themes", doc, "", {actors});
}

const std::string eu_text =
    "The European Union buys less Russian gas than it did. Ministers of the European Union met "
    "in Brussels to discuss the pipeline and the price of oil.";

} // namespace

TEST_CASE("themes: \"European Union\" no longer feeds Labour", "[themes][names]") {
  const auto doc = make_document(eu_text);
  const auto unmasked = run_plugin("themes", doc);
  REQUIRE(unmasked.status == aspectdiff::model::ResultStatus::ok);
  // Without names, "union" is the Labour cue it is in "trade union".
  REQUIRE(find_item(unmasked, "theme:labour") != nullptr);
  bool noted = false;
  for (const auto &note : unmasked.notes)
    noted = noted || note.find("actors aspect is absent") != std::string::npos;
  CHECK(noted);

  const auto masked = themes_with_actors(doc);
  REQUIRE(masked.status == aspectdiff::model::ResultStatus::ok);
  // Nothing else in the text is about labour: at most a trace of learned word weights is left.
  const Item *labour = find_item(masked, "theme:labour");
  CHECK((labour == nullptr || labour->weight < 0.05));
  // The rest of the text still speaks, louder: gas, pipeline and oil are energy.
  const Item *energy = find_item(masked, "theme:energy");
  const Item *energy_unmasked = find_item(unmasked, "theme:energy");
  REQUIRE(energy != nullptr);
  REQUIRE(energy_unmasked != nullptr);
  CHECK(energy->weight > energy_unmasked->weight);
}

TEST_CASE("themes: a name masks only its own words", "[themes][names]") {
  // "trade union" outside any name is Labour whether or not the actors aspect ran.
  const auto doc = make_document("The European Union met the leaders of a trade union. The trade "
                                 "union wants higher wages for workers.");
  const auto masked = themes_with_actors(doc);
  const Item *labour = find_item(masked, "theme:labour");
  REQUIRE(labour != nullptr);
  const auto unmasked = run_plugin("themes", doc);
  const Item *labour_unmasked = find_item(unmasked, "theme:labour");
  REQUIRE(labour_unmasked != nullptr);
  CHECK(labour->count < labour_unmasked->count); // one "union" fewer: the one in the name
}

TEST_CASE("themes: a phrase cue inside a name still counts", "[themes][names]") {
  // "Power of Siberia" is a pipelines phrase cue and, as "Power of Siberia pipeline", a facility
  // the actors aspect recognises: the phrase was written for the name and counts.
  const auto doc = make_document("Gazprom said the Power of Siberia pipeline delivered more gas "
                                 "this year. The Power of Siberia runs to the Chinese border.");
  const auto masked = themes_with_actors(doc);
  const Item *pipelines = find_item(masked, "theme:energy.pipelines");
  REQUIRE(pipelines != nullptr);
  CHECK(pipelines->count >= 2);
}
