// Recognition: capitals that are not names, names no gazetteer lists, hyphenated words, roles.
#include "actors_support.hpp"

using namespace actors_test;

TEST_CASE("actors: sentence-initial and headline capitals are not actors", "[actors]") {
  const Document doc =
      make_document("Why The Summit Matters For Everyone Watching\n\n"
                    "However, the talks went on. The talks were long. Officials said little. "
                    "Meanwhile, nothing changed.");
  const AspectResult r = actors_of(doc);
  CHECK(r.items.empty());
}

TEST_CASE("actors: names no gazetteer lists are typed by their words and context", "[actors]") {
  const Document doc = make_document(
      "Gen. Oleksandr Zhuravko inspected the lines. The Ministry of Water Resources objected. "
      "Engineers from Volkora Holdings arrived near Lake Zabaikal. The Tarnov pipeline was "
      "shut. Petrakis said the work would resume.");
  const AspectResult r = actors_of(doc);
  CHECK(actor(r, "person:oleksandr-zhuravko").category == "person");
  CHECK(mentions(doc, actor(r, "person:oleksandr-zhuravko")) ==
        std::vector<std::string>{"Oleksandr Zhuravko"}); // the title is not part of the name
  CHECK(actor(r, "org:ministry-of-water-resources").category == "organisation");
  CHECK(actor(r, "org:volkora-holdings").category == "organisation");
  CHECK(actor(r, "place:lake-zabaikal").category == "place");
  CHECK(actor(r, "facility:tarnov").category == "facility");
  CHECK(actor(r, "person:petrakis").category == "person");
  for (const auto &item : r.items)
    CHECK(item.attribute("source") != nullptr);
  CHECK(*actor(r, "person:petrakis").attribute("source") == "text");
}

TEST_CASE("actors: a surname that reads as a plural noun is a name where it acts bare",
          "[actors]") {
  // "sanders" is also the plural of a common noun; with no article before it and a verb after
  // it inside a sentence, it is someone's name. A plural class of people stays no actor.
  const Document doc = make_document(
      "But Sanders gave every indication that the campaign would go on. Researchers said "
      "little. The protesters gave way.");
  const AspectResult r = actors_of(doc);
  CHECK(actor(r, "person:sanders").category == "person");
  REQUIRE(r.items.size() == 1);
}

TEST_CASE("actors: unknown names can be switched off", "[actors]") {
  const Document doc = make_document("Petrakis said the work would resume in China.");
  const AspectResult r = actors_of(doc, "unknown_names = false");
  CHECK(item_of(r, "person:petrakis") == nullptr);
  CHECK(item_of(r, "state:CN") != nullptr);
}

TEST_CASE("actors: hyphenated words give one mention per named part", "[actors]") {
  const Document doc = make_document("Sino-Russian trade grew, and Xi-Putin talks followed.");
  const AspectResult r = actors_of(doc);
  CHECK(mentions(doc, actor(r, "state:CN")) == std::vector<std::string>{"Sino"});
  CHECK(mentions(doc, actor(r, "state:RU")) == std::vector<std::string>{"Russian"});
  CHECK(mentions(doc, actor(r, "person:xi-jinping")) == std::vector<std::string>{"Xi"});
  CHECK(mentions(doc, actor(r, "person:vladimir-putin")) == std::vector<std::string>{"Putin"});
}

TEST_CASE("actors: role hints say who acts and who is acted upon", "[actors]") {
  const Document doc = make_document("Russia invaded Ukraine. Sanctions were imposed by the West.");
  const AspectResult r = actors_of(doc);
  CHECK(per_mention(actor(r, "state:RU"), "mention_roles") == std::vector<std::string>{"agent"});
  CHECK(per_mention(actor(r, "state:UA"), "mention_roles") == std::vector<std::string>{"patient"});
  CHECK(per_mention(actor(r, "bloc:the-west"), "mention_roles") ==
        std::vector<std::string>{"agent"});
  CHECK(*actor(r, "state:RU").attribute("mentions_as_agent") == "1");
}

TEST_CASE("actors: the title line and lead paragraph raise salience", "[actors]") {
  const Document doc =
      make_document("Kazakhstan Looks East\n\n"
                    "The talks began early. Nothing was agreed.\n\n"
                    "Later, Mongolia joined. Mongolia and Mongolia's neighbours watched.");
  const AspectResult r = actors_of(doc);
  const Item &kz = actor(r, "state:KZ");
  CHECK(*kz.attribute("in_title") == "true");
  CHECK(*actor(r, "state:MN").attribute("in_title") == "false");
  CHECK(kz.weight > 0.4);
}

TEST_CASE("actors: empty and name-free documents give no actors", "[actors]") {
  const AspectResult r = actors_of(make_document("it was a quiet day and nothing happened."));
  CHECK(r.items.empty());
  REQUIRE(r.metric("actors") != nullptr);
  CHECK(r.metric("actors")->value == 0.0);
}

TEST_CASE("actors: a known person opening a sentence with a verb only people take", "[actors]") {
  // "Hunt" is an ordinary word and, in WordNet, a painter's name: "said" or "was born"
  // after it tells the person, a passive or a copula does not.
  for (const char *text : {"Hunt said the talks had failed.", "Hunt was born in 1827."}) {
    const AspectResult r = actors_of(make_document(text));
    REQUIRE(r.items.size() == 1);
    CHECK(r.items[0].category == "person");
  }
  for (const char *text : {"Hunt was called off at dusk.", "Rice is grown on terraces."})
    CHECK(actors_of(make_document(text)).items.empty());
}
