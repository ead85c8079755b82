// The reference essay: the actors it names, with their types, identities and every mention.
#include "actors_support.hpp"

#include <fstream>
#include <sstream>

using namespace actors_test;

namespace {

Document essay() {
  std::ifstream in(std::string(ASPECTDIFF_TEST_SOURCE_DIR) + "/samples/essay.txt",
                   std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return make_document(s.str(), "essay");
}

} // namespace

TEST_CASE("actors: the essay's actors have the right types and identities", "[actors]") {
  const Document doc = essay();
  const AspectResult r = actors_of(doc);

  const struct {
    const char *key, *category, *label;
  } expected[] = {
      {"person:vladimir-putin", "person", "Vladimir Putin"},
      {"person:xi-jinping", "person", "Xi Jinping"},
      {"state:RU", "state", "Russia"},
      {"state:CN", "state", "China"},
      {"bloc:the-west", "bloc", "the West"},
      {"state:TW", "state", "Taiwan"},
      {"state:UA", "state", "Ukraine"},
      {"place:crimea", "place", "Crimea"},
      {"facility:power-of-siberia", "facility", "Power of Siberia"},
  };
  for (const auto &e : expected) {
    INFO(e.key);
    const Item &item = actor(r, e.key);
    CHECK(item.category == e.category);
    CHECK(item.label == e.label);
    CHECK(item.weight > 0.0);
    CHECK(item.weight <= 1.0);
  }
  // Nothing else is a person: "Power of Siberia" is a facility, "The" and "However" are not
  // actors.
  for (const auto &item : r.items)
    if (item.category == "person")
      CHECK((item.key == "person:vladimir-putin" || item.key == "person:xi-jinping"));
}

TEST_CASE("actors: every mention of the essay's actors is evidence, in text order", "[actors]") {
  const Document doc = essay();
  const AspectResult r = actors_of(doc);

  const Item &xi = actor(r, "person:xi-jinping");
  CHECK(mentions(doc, xi) == std::vector<std::string>{"Xi Jinping", "Xi", "Xi Jinping", "Xi",
                                                      "Xi Jinping", "Xi", "Xi", "Xi Jinping"});
  CHECK(xi.count == xi.evidence.size());
  const Item &putin = actor(r, "person:vladimir-putin");
  CHECK(putin.count == 7);
  // "Xi’s relationship" and "Russia’s annexation": the possessive is not part of the mention.
  const Item &russia = actor(r, "state:RU");
  for (const auto &m : mentions(doc, russia))
    CHECK(m == "Russia");
  CHECK(russia.count == 5);
  // "Russia-China ties": both halves of the hyphenated word are mentions.
  const Item &china = actor(r, "state:CN");
  CHECK(china.count >= 6);
  for (std::size_t i = 1; i < xi.evidence.size(); ++i)
    CHECK(xi.evidence[i - 1].begin < xi.evidence[i].begin);

  for (const auto &item : r.items) {
    INFO(item.key);
    REQUIRE(item.attribute("mentions_as_agent") != nullptr);
    REQUIRE(item.attribute("first_mention_offset") != nullptr);
    REQUIRE(item.attribute("in_title") != nullptr);
    CHECK(per_mention(item, "mention_forms").size() == item.evidence.size());
    CHECK(per_mention(item, "mention_roles").size() == item.evidence.size());
  }
  // "a Chinese delegation" counts toward China as a demonym.
  const auto forms = per_mention(china, "mention_forms");
  CHECK(std::count(forms.begin(), forms.end(), "demonym") == 1);
  // The two leaders are the most salient actors.
  CHECK(xi.weight > china.weight);
  CHECK(putin.weight > actor(r, "place:crimea").weight);
}

TEST_CASE("actors: co-occurrence pairs are metrics with their sentences", "[actors]") {
  const Document doc = essay();
  const AspectResult r = actors_of(doc);
  const auto *pair = r.metric("pair:person:vladimir-putin+person:xi-jinping");
  REQUIRE(pair != nullptr);
  CHECK(pair->value >= 6);
  CHECK(pair->evidence.size() == static_cast<std::size_t>(pair->value));
  for (const auto &s : pair->evidence) {
    const std::string sentence = doc.text.substr(s.begin, s.end - s.begin);
    CHECK(sentence.find("Putin") != std::string::npos);
    CHECK(sentence.find("Xi") != std::string::npos);
  }
  REQUIRE(r.metric("actors") != nullptr);
  CHECK(r.metric("actors")->value == static_cast<double>(r.items.size()));
}
