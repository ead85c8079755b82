// Name boundaries and types of names no gazetteer lists: given names before unknown surnames,
// regnal numbers, titles inside aliases, organisation names with particles, brands written
// with inner capitals, place-shaped words and modifiers between a preposition and a place.
#include "actors_support.hpp"

using namespace actors_test;

namespace {

// The category of the actor whose mention covers exactly `text`, or "" when none does.
std::string category_of_mention(const Document &doc, const AspectResult &r, std::string_view text) {
  for (const auto &item : r.items)
    for (const auto &s : item.evidence)
      if (doc.text.substr(s.begin, s.end - s.begin) == text) return item.category;
  return "";
}

} // namespace

TEST_CASE("actors: a given name and the surname after it are one person", "[actors]") {
  const Document doc = make_document(
      "Michael Fallow said the plant would stay open. The film starred Bruce Wellisford. "
      "The report was written by James Henry Brastead in 1903.");
  const AspectResult r = actors_of(doc);
  CHECK(category_of_mention(doc, r, "Michael Fallow") == "person");
  CHECK(category_of_mention(doc, r, "Bruce Wellisford") == "person");
  CHECK(category_of_mention(doc, r, "James Henry Brastead") == "person");
  CHECK(category_of_mention(doc, r, "Fallow").empty());
  CHECK(category_of_mention(doc, r, "Bruce").empty());
}

TEST_CASE("actors: a known person's name does not swallow a state after it", "[actors]") {
  const Document doc = make_document("The talks between Putin of China and others went on.");
  const AspectResult r = actors_of(doc);
  CHECK(mentions(doc, actor(r, "person:vladimir-putin")) == std::vector<std::string>{"Putin"});
  CHECK(actor(r, "state:CN").category == "state");
}

TEST_CASE("actors: regnal numbers belong to the name and do not end an event", "[actors]") {
  const Document doc = make_document(
      "The daughters of Luis X and Felipe V had a claim. Historians of World War I disagree.");
  // The rules' cues alone: the trained tagger keeps these extents but reads "Felipe V" as an
  // organisation.
  const AspectResult r = actors_of(doc, "tagger = false");
  CHECK(category_of_mention(doc, r, "Luis X") == "person");
  CHECK(category_of_mention(doc, r, "Felipe V") == "person");
  CHECK(category_of_mention(doc, r, "World War I").empty());
}

TEST_CASE("actors: a title inside a gazetteer alias is not part of the mention", "[actors]") {
  const Document doc = make_document("Xi Jinping met the press. Later President Xi left.");
  const AspectResult r = actors_of(doc);
  CHECK(mentions(doc, actor(r, "person:xi-jinping")) ==
        std::vector<std::string>{"Xi Jinping", "Xi"});
}

TEST_CASE("actors: organisation names with particles and heads", "[actors]") {
  const Document doc = make_document(
      "Delegates of the International Organization for Renewable Fuels met. The Labor Party "
      "won. The Court and National Assembly were alarmed. The Alliance of Democratic Forces "
      "for the Liberation of Kivu fought on.");
  // The rules' cues alone: the trained tagger reads "Court and National Assembly" as one name.
  const AspectResult r = actors_of(doc, "tagger = false");
  CHECK(category_of_mention(doc, r, "International Organization for Renewable Fuels") ==
        "organisation");
  CHECK(category_of_mention(doc, r, "Labor Party") == "organisation");
  CHECK(category_of_mention(doc, r, "Court and National Assembly").empty());
  CHECK(category_of_mention(doc, r, "National Assembly") == "organisation");
  CHECK(category_of_mention(doc, r, "Alliance of Democratic Forces for the Liberation of Kivu") ==
        "organisation");
}

TEST_CASE("actors: brands with inner capitals are organisations and acronyms keep their type",
          "[actors]") {
  const Document doc = make_document(
      "Analysts expect VelaTech to grow. Ships from QX and Ford arrived. Engineers at "
      "SaskNet agreed.");
  const AspectResult r = actors_of(doc);
  CHECK(category_of_mention(doc, r, "VelaTech") == "organisation");
  CHECK(category_of_mention(doc, r, "SaskNet") == "organisation");
  CHECK(category_of_mention(doc, r, "QX") == "organisation");
  CHECK(category_of_mention(doc, r, "Ford") == "organisation");
}

TEST_CASE("actors: place-shaped words and modifiers after a preposition make places", "[actors]") {
  const Document doc = make_document(
      "The army reached Tolvansk before winter. Traders lived in northern Amurrel for years. "
      "Scholars of Velenia disagree.");
  // The rules' cues alone: the trained tagger reads the invented "Tolvansk" as a person.
  const AspectResult r = actors_of(doc, "tagger = false");
  CHECK(category_of_mention(doc, r, "Tolvansk") == "place");
  CHECK(category_of_mention(doc, r, "Amurrel") == "place");
  CHECK(category_of_mention(doc, r, "Velenia") == "place");
}

TEST_CASE("actors: party members in the plural name the party", "[actors]") {
  const Document doc = make_document("The vote split the Republicans and the Democrats.");
  const AspectResult r = actors_of(doc);
  CHECK(actor(r, "org:republican-party").category == "organisation");
  CHECK(actor(r, "org:democratic-party").category == "organisation");
}

TEST_CASE("actors: a town and its region after a preposition are one place", "[actors]") {
  const Document doc = make_document(
      "The firm is based in Denver, Colorado, where it began. She was born in Poole, Dorset, "
      "but left. They toured Denver, Boston and Chicago. The boat sank off Baja California, "
      "Mexico.");
  const AspectResult r = actors_of(doc);
  CHECK(category_of_mention(doc, r, "Denver, Colorado") == "place");
  CHECK(category_of_mention(doc, r, "Poole, Dorset") == "place");
  CHECK(category_of_mention(doc, r, "Colorado").empty());
  // A list stays apart, and a state is never folded into a place.
  CHECK(category_of_mention(doc, r, "Boston") == "place");
  CHECK(category_of_mention(doc, r, "Denver") == "place");
  CHECK(category_of_mention(doc, r, "Mexico") == "state");
}

TEST_CASE("actors: peoples and adjectives before plural nouns are not actors", "[actors]") {
  const Document doc = make_document(
      "The Achaemenid troops conquered Thrace and the Paeonians. Later the Qarvani soldiers "
      "left Thrace.");
  const AspectResult r = actors_of(doc);
  CHECK(category_of_mention(doc, r, "Achaemenid").empty());
  CHECK(category_of_mention(doc, r, "Paeonians").empty());
  CHECK(category_of_mention(doc, r, "Qarvani").empty());
  CHECK(category_of_mention(doc, r, "Thrace") == "place");
}

TEST_CASE("actors: empires and dynasties are ruling polities", "[actors]") {
  const Document doc = make_document(
      "The Ottoman Empire declared war. Later the Velorian Empire fell to the Qarvan Dynasty.");
  const AspectResult r = actors_of(doc);
  CHECK(category_of_mention(doc, r, "Ottoman Empire") == "organisation");
  CHECK(category_of_mention(doc, r, "Velorian Empire") == "organisation");
  CHECK(category_of_mention(doc, r, "Qarvan Dynasty") == "organisation");
}

TEST_CASE("actors: record labels newspapers and embassies are organisations", "[actors]") {
  const Document doc = make_document(
      "The singer had been signed to Quarrow Records in the 1970s. The story ran in the "
      "Dunmere Evening Courant and the Tallis Gazette. A minister to the Vantish Embassy "
      "wrote to Halvey Pictures.");
  const AspectResult r = actors_of(doc);
  CHECK(category_of_mention(doc, r, "Quarrow Records") == "organisation");
  CHECK(category_of_mention(doc, r, "Dunmere Evening Courant") == "organisation");
  CHECK(category_of_mention(doc, r, "Tallis Gazette") == "organisation");
  CHECK(category_of_mention(doc, r, "Vantish Embassy") == "organisation");
  CHECK(category_of_mention(doc, r, "Halvey Pictures") == "organisation");
}
