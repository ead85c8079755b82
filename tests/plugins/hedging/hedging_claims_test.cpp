// Claims: a hedge or booster is tied to the clause it qualifies and to the actors named in it.
#include "hedging_support.hpp"

using namespace hedging_test;

namespace {

// An actors result as the actors plugin gives it: one item per actor, every mention's span.
AspectResult actors_for(const Document &doc,
                        std::vector<std::tuple<std::string, std::string, std::string>> actors) {
  AspectResult r;
  r.aspect = "actors";
  r.provenance.plugin = "actors";
  r.provenance.version = "1.0.0";
  for (const auto &[key, label, surface] : actors) {
    aspectdiff::model::Item item;
    item.key = key;
    item.label = label;
    item.category = "state";
    for (auto pos = doc.text.find(surface); pos != std::string::npos;
         pos = doc.text.find(surface, pos + 1))
      item.evidence.push_back(
          {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + surface.size())});
    item.count = item.evidence.size();
    item.weight = 0.5;
    r.items.push_back(std::move(item));
  }
  return r;
}

} // namespace

TEST_CASE("hedging: a hedge is tied to its clause and the actors in it", "[hedging][claims]") {
  const auto doc = make_document(
      "China buys more oil every year, but Russia may struggle to keep up with demand.");
  const auto r = hedging_of(
      doc, "",
      {actors_for(doc, {{"state:RU", "Russia", "Russia"}, {"state:CN", "China", "China"}})});
  const Item *claim = nullptr;
  for (const auto &item : r.items)
    if (item.category == "hedged_claim") claim = &item;
  REQUIRE(claim != nullptr);
  // The clause with the hedge, not the whole sentence.
  CHECK(claim->label.find("Russia may struggle") != std::string::npos);
  CHECK(claim->label.find("China buys") == std::string::npos);
  REQUIRE(claim->attribute("actors") != nullptr);
  CHECK(*claim->attribute("actors") == "state:RU");
  CHECK(*claim->attribute("cues") == "may");

  const auto *russia = item_of(r, "stance:state:RU");
  REQUIRE(russia != nullptr);
  CHECK(*russia->attribute("hedged") == "1");
  const auto *china = item_of(r, "stance:state:CN");
  REQUIRE(china != nullptr);
  CHECK(*china->attribute("asserted") == "1");
  CHECK(*china->attribute("hedged") == "0");
  CHECK(r.notes.empty());
}

TEST_CASE("hedging: a condition qualifies the clause it limits", "[hedging][claims]") {
  const auto doc = make_document(
      "As long as oil prices stay high, Russia will keep selling to China at a discount.");
  const auto r = hedging_of(
      doc, "",
      {actors_for(doc, {{"state:RU", "Russia", "Russia"}, {"state:CN", "China", "China"}})});
  const auto *russia = item_of(r, "stance:state:RU");
  REQUIRE(russia != nullptr);
  CHECK(*russia->attribute("hedged") == "1");
}

TEST_CASE("hedging: a leading booster qualifies the clause after it", "[hedging][claims]") {
  const auto doc = make_document("Fundamentally, Russia and China oppose the Western order.");
  const auto r = hedging_of(doc, "", {actors_for(doc, {{"state:RU", "Russia", "Russia"}})});
  const auto *russia = item_of(r, "stance:state:RU");
  REQUIRE(russia != nullptr);
  CHECK(*russia->attribute("boosted") == "1");
  CHECK(*russia->attribute("hedged") == "0");
}
