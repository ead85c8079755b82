// Sentiment toward each actor, from the actors aspect's mentions; and the fallback without it.
#include "sentiment_support.hpp"

using namespace sentiment_test;

namespace {

// An actors result as the actors plugin would give it: one item per actor with every mention.
AspectResult
actors_for(const Document &doc,
           const std::vector<std::tuple<std::string, std::string, std::string>> &actors) {
  AspectResult r;
  r.aspect = "actors";
  r.provenance.plugin = "actors";
  r.provenance.version = "1.0.0";
  for (const auto &[key, label, surface] : actors) {
    aspectdiff::model::Item item;
    item.key = key;
    item.label = label;
    item.category = "state";
    for (std::size_t at = doc.text.find(surface); at != std::string::npos;
         at = doc.text.find(surface, at + 1))
      item.evidence.push_back(
          {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + surface.size())});
    item.count = item.evidence.size();
    item.weight = 0.5;
    r.items.push_back(std::move(item));
  }
  return r;
}

} // namespace

TEST_CASE("sentiment: each actor is scored from the clauses that mention it",
          "[sentiment][actors]") {
  const auto doc = make_document(
      "Russia launched a brutal and illegal invasion. China offered generous help and warm "
      "friendship. Russia, isolated and sanctioned, turned east, while China prospered.");
  const auto actors =
      actors_for(doc, {{"state:RU", "Russia", "Russia"}, {"state:CN", "China", "China"}});
  const auto r = sentiment_of(doc, "", {actors});
  const auto *ru = item_of(r, "state:RU");
  const auto *cn = item_of(r, "state:CN");
  REQUIRE(ru != nullptr);
  REQUIRE(cn != nullptr);
  CHECK(ru->category == "actor");
  CHECK(ru->weight < -0.1);
  CHECK(cn->weight > 0.1);
  CHECK(ru->count == 2);
  REQUIRE_FALSE(ru->evidence.empty());
  // The strongest evidence is a whole sentence that mentions the actor.
  CHECK(text_of(doc, ru->evidence[0]).find("Russia") != std::string::npos);
  CHECK(r.notes.empty());
}

TEST_CASE("sentiment: a mention in a neutral clause takes a damped share of its sentence",
          "[sentiment][actors]") {
  const auto doc = make_document("Officials from Japan attended the disastrous summit.");
  const auto actors = actors_for(doc, {{"state:JP", "Japan", "Japan"}});
  const auto r = sentiment_of(doc, "", {actors});
  const auto *jp = item_of(r, "state:JP");
  REQUIRE(jp != nullptr);
  CHECK(jp->weight < 0.0);
}

TEST_CASE("sentiment: without actors it still scores and says why actors are missing",
          "[sentiment][actors]") {
  const auto doc = make_document("Russia launched a brutal invasion.");
  const auto r = sentiment_of(doc);
  CHECK(metric_of(r, "score") < 0.0);
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].find("actors") != std::string::npos);
  for (const auto &item : r.items)
    CHECK(item.category != "actor");
}
