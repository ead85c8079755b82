// Tests of the emphasis plugin, on the built library loaded as the host loads it, through the
// SDK's testing helpers.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <aspectdiff/testing.hpp>

namespace adt = aspectdiff::testing;

TEST_CASE("emphasis counts exclamations, capitals and intensifiers per 1,000 words") {
  const adt::Plugin plugin(PLUGIN_PATH);
  // Ten words; one exclamation, one word in capitals of 5+ letters, one intensifier.
  const auto r = plugin.run("This is utterly WRONG and we said it loudly today!");
  const auto *rate = r.metric("emphasis_rate");
  REQUIRE(rate != nullptr);
  CHECK(rate->kind == ASPECTDIFF_METRIC_RATE);
  CHECK(rate->value == Approx(300.0));
  CHECK(r.spans_valid());
  REQUIRE(r.item("exclamation") != nullptr);
  CHECK(r.quotes(*r.item("exclamation")) == std::vector<std::string>{"!"});
  REQUIRE(r.item("capitals:wrong") != nullptr);
  CHECK(r.item("capitals:wrong")->count == 1);
  REQUIRE(r.item("intensifier:utterly") != nullptr);
  CHECK(r.item("intensifier:utterly")->category == "intensifier");
}

TEST_CASE("emphasis leaves short acronyms alone unless told otherwise") {
  const std::string text = "The EU and NATO met.";
  CHECK(adt::Plugin(PLUGIN_PATH).run(text).items_in("capitals").empty());
  const adt::Plugin eager(PLUGIN_PATH, {{"min_caps_letters", 2}});
  CHECK(eager.run(text).items_in("capitals").size() == 2);
  CHECK_THROWS_AS((adt::Plugin(PLUGIN_PATH, {{"min_caps_letters", 1}})), adt::PluginError);
}

TEST_CASE("emphasis notes a document without words instead of inventing a rate") {
  const auto r = adt::Plugin(PLUGIN_PATH).run("!!! ...");
  CHECK(r.metric("emphasis_rate") == nullptr);
  CHECK(r.notes == std::vector<std::string>{"the document has no words"});
}
