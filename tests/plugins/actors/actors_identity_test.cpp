// Identity: aliases, metonymy, demonyms, possessives, surname back-references and
// descriptions resolve to one canonical actor each.
#include "actors_support.hpp"

using namespace actors_test;

TEST_CASE("actors: aliases of one person resolve to one key", "[actors]") {
  const Document doc = make_document(
      "President Xi arrived on Monday. Xi Jinping then met officials. Later, Xi left.");
  const AspectResult r = actors_of(doc);
  const Item &xi = actor(r, "person:xi-jinping");
  CHECK(mentions(doc, xi) == std::vector<std::string>{"Xi", "Xi Jinping", "Xi"});
  CHECK(xi.category == "person");
}

TEST_CASE("actors: seats and capitals stand for their state when they act", "[actors]") {
  const Document doc =
      make_document("The Kremlin said the talks went well. Moscow rejected the proposal. "
                    "The delegation flew to Moscow on Friday.");
  const AspectResult r = actors_of(doc);
  const Item &russia = actor(r, "state:RU");
  CHECK(mentions(doc, russia) == std::vector<std::string>{"Kremlin", "Moscow"});
  CHECK(per_mention(russia, "mention_forms") == std::vector<std::string>{"metonym", "metonym"});
  CHECK(per_mention(russia, "mention_roles") == std::vector<std::string>{"agent", "agent"});
  // Where Moscow is only a place, it stays the city.
  const Item &city = actor(r, "place:moscow");
  CHECK(mentions(doc, city) == std::vector<std::string>{"Moscow"});
}

TEST_CASE("actors: demonyms count toward the state with a lower weight", "[actors]") {
  const Document doc =
      make_document("Chinese officials met their Russian hosts. Chinese diplomats were pleased. "
                    "Russia hosted the meeting. Russia also paid for it.");
  const AspectResult r = actors_of(doc);
  const Item &china = actor(r, "state:CN");
  const Item &russia = actor(r, "state:RU");
  CHECK(per_mention(china, "mention_forms") == std::vector<std::string>{"demonym", "demonym"});
  CHECK(mentions(doc, russia) == std::vector<std::string>{"Russian", "Russia", "Russia"});
  // Two demonyms weigh less than two names and a demonym.
  CHECK(china.weight < russia.weight);
  CHECK(std::stod(*china.attribute("share")) < std::stod(*russia.attribute("share")));
}

TEST_CASE("actors: possessives leave the clitic out and keep the identity", "[actors]") {
  const Document doc = make_document("Russia’s annexation of Crimea angered Ukraine's allies.");
  const AspectResult r = actors_of(doc);
  CHECK(mentions(doc, actor(r, "state:RU")) == std::vector<std::string>{"Russia"});
  CHECK(mentions(doc, actor(r, "state:UA")) == std::vector<std::string>{"Ukraine"});
  CHECK(mentions(doc, actor(r, "place:crimea")) == std::vector<std::string>{"Crimea"});
}

TEST_CASE("actors: a surname alone links back (and forward) to the full name", "[actors]") {
  const Document doc = make_document(
      "Tarasova warned of delays. Officials said Marina Tarasova had briefed them. "
      "Later, Tarasova told reporters she was confident. Ms Tarasova declined to comment.");
  const AspectResult r = actors_of(doc);
  const Item &p = actor(r, "person:marina-tarasova");
  // Three surnames, the full name and the pronoun "she".
  CHECK(p.count == 5);
  CHECK(per_mention(p, "mention_forms")[3] == "pronoun");
  CHECK(p.label == "Marina Tarasova");
  CHECK(per_mention(p, "mention_forms")[0] == "surname");
  CHECK(r.items.size() == 1);
}

TEST_CASE("actors: an ordinary word is a surname only after the full name", "[actors]") {
  const Document doc = make_document(
      "The court heard from Emily Blunt on Tuesday. Blunt said the contract was void. "
      "A Blunt denial followed from the firm.");
  const AspectResult r = actors_of(doc);
  const Item &p = actor(r, "person:emily-blunt");
  CHECK(p.count >= 2);
}

TEST_CASE("actors: an ordinary word opening a sentence is the surname of a named person",
          "[actors]") {
  const Document doc = make_document(
      "Blunt starred in the film. Emily Blunt won an award for it. Cotton prices rose.");
  const AspectResult r = actors_of(doc);
  const Item &p = actor(r, "person:emily-blunt");
  CHECK(mentions(doc, p) == std::vector<std::string>{"Blunt", "Emily Blunt"});
  CHECK(per_mention(p, "mention_forms")[0] == "surname");
  // Nobody is called Cotton here: the word opens its sentence as an ordinary word.
  CHECK(r.items.size() == 1);
}

TEST_CASE("actors: an ordinary word capitalised inside two sentences is a name", "[actors]") {
  const Document doc = make_document(
      "To avoid a dilemma with Jasmine, the studio waited. Thematically, Jasmine also "
      "represents freedom. Jasmine became a star.");
  const AspectResult r = actors_of(doc);
  REQUIRE(r.items.size() == 1);
  CHECK(r.items[0].category == "person");
  CHECK(mentions(doc, r.items[0]) == std::vector<std::string>{"Jasmine", "Jasmine", "Jasmine"});

  // Once is not enough: "Rich" may be an ordinary word set in capitals.
  const AspectResult once = actors_of(make_document("They pardoned a number of people, also "
                                                    "including Rich, on the last day."));
  CHECK(once.items.empty());
}

TEST_CASE("actors: 'the Chinese leader' is the Chinese leader the document names", "[actors]") {
  const Document named = make_document(
      "Xi Jinping met Vladimir Putin in Moscow. The Chinese leader praised the partnership, "
      "and the Russian president agreed.");
  const AspectResult r = actors_of(named);
  const Item &xi = actor(r, "person:xi-jinping");
  CHECK(mentions(named, xi) == std::vector<std::string>{"Xi Jinping", "Chinese leader"});
  CHECK(per_mention(xi, "mention_forms")[1] == "description");
  const Item &putin = actor(r, "person:vladimir-putin");
  CHECK(mentions(named, putin).back() == "Russian president");

  // Nobody named holds the office: the description speaks of the state.
  const Document unnamed = make_document("The Chinese leader praised the partnership.");
  const AspectResult u = actors_of(unnamed);
  CHECK(item_of(u, "person:xi-jinping") == nullptr);
  CHECK(per_mention(actor(u, "state:CN"), "mention_forms") == std::vector<std::string>{"demonym"});
}

TEST_CASE("actors: keys are stable across documents", "[actors]") {
  const AspectResult a = actors_of(make_document("The United States and China talked."));
  const AspectResult b =
      actors_of(make_document("America was wary of the PRC and the U.S. Congress."));
  CHECK(item_of(a, "state:US") != nullptr);
  CHECK(item_of(b, "state:US") != nullptr);
  CHECK(item_of(a, "state:CN") != nullptr);
  CHECK(item_of(b, "state:CN") != nullptr);
  CHECK(actor(b, "org:us-congress").category == "organisation");
}

TEST_CASE("actors: pronouns and a bare office join the person named before them", "[actors]") {
  const Document doc = make_document(
      "Emmanuel Macron arrived in Berlin on Monday. He met business leaders, and later the "
      "president said his talks had gone well. Nobody else spoke. It rained.");
  const AspectResult r = actors_of(doc);
  const Item &macron = actor(r, "person:emmanuel-macron");
  CHECK(mentions(doc, macron) ==
        std::vector<std::string>{"Emmanuel Macron", "He", "president", "his"});
  CHECK(per_mention(macron, "mention_forms") ==
        std::vector<std::string>{"name", "pronoun", "description", "pronoun"});
  CHECK(per_mention(macron, "mention_roles")[1] == "agent");
  // A pronoun with nobody named before it names no actor.
  const AspectResult alone = actors_of(make_document("He said it was over. She agreed."));
  CHECK(alone.items.empty());
}
