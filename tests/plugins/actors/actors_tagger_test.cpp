// The trained name tagger: organisations the rules alone missed (teams named by their city,
// companies, agencies), state actors named by their seats and capitals, nationalities that are
// not actors, typography that does not change the answer, and a damaged model file refused
// with an error naming it.
#include "actors_support.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

using namespace actors_test;

namespace {

constexpr const char *rules_only = "tagger = false";

// Every mention's text with the key and category of its actor.
std::map<std::string, std::string> actor_of_mention(const Document &doc, const AspectResult &r) {
  std::map<std::string, std::string> out;
  for (const auto &item : r.items)
    for (const auto &m : mentions(doc, item))
      out[m] = item.key + " " + item.category;
  return out;
}

std::string model_bytes() {
  const auto path =
      std::filesystem::path(ASPECTDIFF_TEST_SOURCE_DIR) / "plugins/actors/data/tagger.bin";
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("actors: in a league table, cities stand for their teams", "[actors][tagger]") {
  const Document doc = make_document(
      "Results of English premier league soccer matches played on Saturday: Leeds 2 Chelsea 0, "
      "Arsenal 1 Everton 1, Newcastle 3 Liverpool 2. Leeds moved up to fourth place.");
  const auto found = actor_of_mention(doc, actors_of(doc));
  for (const char *team : {"Leeds", "Chelsea", "Arsenal", "Everton", "Newcastle", "Liverpool"}) {
    INFO(team);
    REQUIRE(found.count(team) == 1);
    CHECK_THAT(found.at(team), Catch::EndsWith(" organisation"));
  }
  // The rules alone read the cities as places and the clubs as people.
  const auto rules = actor_of_mention(doc, actors_of(doc, rules_only));
  CHECK(rules.at("Leeds") == "place:leeds place");
}

TEST_CASE("actors: a league table's rows of club names and scores are organisations",
          "[actors][tagger]") {
  // Rows with no ordinary word are not title-case headlines (which the tagger is not asked
  // about): the tagger reads the clubs, none of which a gazetteer knows.
  const Document doc = make_document(
      "The results of the matches played in the Welsh rugby union first division on Saturday "
      "were as follows.\n\nBridgend 13 Llanelli 9\n\nDunvant 21 Ebbw Vale 10\n\n"
      "On Sunday the New York Mets beat the Cardinals 5-3.");
  const auto found = actor_of_mention(doc, actors_of(doc));
  for (const char *team :
       {"Bridgend", "Llanelli", "Dunvant", "Ebbw Vale", "New York Mets", "Cardinals"}) {
    INFO(team);
    REQUIRE(found.count(team) == 1);
    CHECK_THAT(found.at(team), Catch::EndsWith(" organisation"));
  }
}

TEST_CASE("actors: the Kremlin, Beijing and Washington act as their states", "[actors][tagger]") {
  const Document doc =
      make_document("The Kremlin rejected the proposal on Monday. Beijing warned that Washington "
                    "would pay a price, and Washington said it would respond.");
  const AspectResult r = actors_of(doc);
  CHECK(mentions(doc, actor(r, "state:RU")) == std::vector<std::string>{"Kremlin"});
  CHECK(mentions(doc, actor(r, "state:CN")) == std::vector<std::string>{"Beijing"});
  CHECK(mentions(doc, actor(r, "state:US")) ==
        std::vector<std::string>{"Washington", "Washington"});
  CHECK(per_mention(actor(r, "state:RU"), "mention_forms") == std::vector<std::string>{"metonym"});
}

TEST_CASE("actors: companies and news agencies are organisations", "[actors][tagger]") {
  const Document doc = make_document(
      "Gazprom cut gas supplies to Europe, the Tass news agency reported on Tuesday, citing "
      "Siemens Energy. Shares in Korvex Holdings fell 4 percent after Brannock Securities "
      "downgraded the stock.");
  const auto found = actor_of_mention(doc, actors_of(doc));
  CHECK(found.at("Gazprom") == "org:gazprom organisation");
  CHECK(found.at("Tass") == "org:tass organisation");
  // The whole name, not its first word ("Siemens") as the rules alone take it.
  CHECK(found.at("Siemens Energy") == "org:siemens-energy organisation");
  // Names no gazetteer lists.
  CHECK(found.at("Korvex Holdings") == "org:korvex-holdings organisation");
  CHECK(found.at("Brannock Securities") == "org:brannock-securities organisation");
}

TEST_CASE("actors: a nationality is not an actor's name", "[actors][tagger]") {
  const Document doc = make_document(
      "The Brazilian striker scored twice as German fans looked on. Dutch coach Guus Hiddink "
      "praised the Olympic champions.");
  const AspectResult r = actors_of(doc);
  for (const auto &item : r.items) {
    INFO(item.key);
    for (const auto &m : mentions(doc, item))
      if (m == "Brazilian" || m == "German" || m == "Dutch" || m == "Olympic") {
        // At most a demonym counting toward its state: never a person, team or place of its own.
        CHECK(item.category == "state");
        CHECK(*item.attribute("mention_forms") == "demonym");
      }
  }
  CHECK(item_of(r, "person:guus-hiddink") != nullptr);
}

TEST_CASE("actors: straight and curly quotes give the same actors", "[actors][tagger]") {
  const Document curly = make_document(
      "“We will not back down,” Putin’s spokesman Dmitry Peskov told reporters in Moscow, "
      "calling the European Union’s ‘so-called’ sanctions illegal – and Xi’s envoy agreed.");
  const Document straight = make_document(
      "\"We will not back down,\" Putin's spokesman Dmitry Peskov told reporters in Moscow, "
      "calling the European Union's 'so-called' sanctions illegal - and Xi's envoy agreed.");
  const AspectResult a = actors_of(curly), b = actors_of(straight);
  REQUIRE(a.items.size() == b.items.size());
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    CHECK(a.items[i].key == b.items[i].key);
    CHECK(mentions(curly, a.items[i]) == mentions(straight, b.items[i]));
    CHECK(*a.items[i].attribute("mention_forms") == *b.items[i].attribute("mention_forms"));
  }
  CHECK(mentions(curly, actor(a, "person:dmitry-peskov")) ==
        std::vector<std::string>{"Dmitry Peskov"});
  CHECK(item_of(a, "person:vladimir-putin") != nullptr);
  CHECK(item_of(a, "org:eu") != nullptr);
}

TEST_CASE("actors: a truncated or corrupt tagger model is refused, naming the file",
          "[actors][tagger]") {
  const std::string bytes = model_bytes();
  REQUIRE(bytes.size() > 1000);
  const auto truncated = write_temp("truncated.bin", bytes.substr(0, bytes.size() / 2));
  std::string error = creation_error("tagger_model = \"" + truncated + "\"");
  CHECK_THAT(error, Catch::Contains(truncated));
  CHECK_THAT(error, Catch::Contains("truncated"));

  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x40);
  const auto corrupt = write_temp("corrupt.bin", flipped);
  error = creation_error("tagger_model = \"" + corrupt + "\"");
  CHECK_THAT(error, Catch::Contains(corrupt));
  CHECK_THAT(error, Catch::Contains("checksum"));

  const auto text = write_temp("text.bin", "not a model\n");
  CHECK_THAT(creation_error("tagger_model = \"" + text + "\""), Catch::Contains("text.bin"));
  CHECK_THAT(creation_error("tagger_model = \"/nonexistent/tagger.bin\""),
             Catch::Contains("/nonexistent/tagger.bin"));

  // An intact copy loads and tags as the built-in model does.
  const auto copy = write_temp("copy.bin", bytes);
  const Document doc = make_document("Leeds 2 Chelsea 0.");
  const auto mine = actor_of_mention(doc, actors_of(doc, "tagger_model = \"" + copy + "\""));
  CHECK(mine == actor_of_mention(doc, actors_of(doc)));
}
