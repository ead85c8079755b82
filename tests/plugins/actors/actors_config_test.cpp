// Configuration: user gazetteers add to (or replace) the built-in ones; bad files and settings
// are clear errors.
#include "actors_support.hpp"

using namespace actors_test;

TEST_CASE("actors: a user gazetteer adds actors, aliases and demonyms", "[actors]") {
  const auto path = write_temp(
      "user.tsv",
      "# a fictional state and its leader\n"
      "state:XQ\tstate\tQuarnia\tQuarnia|Republic of Quarnia\tdemonyms=Quarnian;capital=Velt\n"
      "person:ona-brisk\tperson\tOna Brisk\tOna Brisk|Brisk\tstate=XQ;roles=leader\n"
      "org:nato\torganisation\tNATO\tthe Alliance\t\n");
  const std::string config = "gazetteers = [\"" + path + "\"]";
  const Document doc = make_document(
      "Ona Brisk visited Quarnian farms. Velt said the Alliance would help. The Quarnian leader "
      "smiled.");
  const AspectResult r = actors_of(doc, config);
  const Item &brisk = actor(r, "person:ona-brisk");
  CHECK(mentions(doc, brisk) == std::vector<std::string>{"Ona Brisk", "Quarnian leader"});
  CHECK(*brisk.attribute("source") == "user");
  const Item &quarnia = actor(r, "state:XQ");
  CHECK(mentions(doc, quarnia) == std::vector<std::string>{"Quarnian", "Velt"});
  // An alias added to a built-in actor.
  CHECK(mentions(doc, actor(r, "org:nato")) == std::vector<std::string>{"Alliance"});
}

TEST_CASE("actors: replace_builtin uses only the user's gazetteers", "[actors]") {
  const auto path = write_temp("only.tsv", "place:atlantis\tplace\tAtlantis\tAtlantis\n");
  const std::string config =
      "gazetteers = [\"" + path + "\"]\nreplace_builtin = true\nunknown_names = false";
  const AspectResult r = actors_of(make_document("Atlantis and China and Vladimir Putin."), config);
  REQUIRE(r.items.size() == 1);
  CHECK(r.items[0].key == "place:atlantis");
}

TEST_CASE("actors: a bad gazetteer line is an error naming file and line", "[actors]") {
  const auto path = write_temp("bad.tsv", "state:XQ\tstate\tQuarnia\tQuarnia\n"
                                          "person:nobody\tpersonage\tNobody\tNobody\n");
  const std::string error = creation_error("gazetteers = [\"" + path + "\"]");
  CHECK_THAT(error, Catch::Contains("bad.tsv:2"));
  CHECK_THAT(error, Catch::Contains("personage"));

  const auto fields = write_temp("fields.tsv", "state:XQ\tstate\n");
  CHECK_THAT(creation_error("gazetteers = [\"" + fields + "\"]"), Catch::Contains("fields.tsv:1"));
  const auto key = write_temp("key.tsv", "quarnia\tstate\tQuarnia\tQuarnia\n");
  CHECK_THAT(creation_error("gazetteers = [\"" + key + "\"]"), Catch::Contains("<kind>:<id>"));
  const auto attr = write_temp("attr.tsv", "state:XQ\tstate\tQuarnia\tQuarnia\tcapital\n");
  CHECK_THAT(creation_error("gazetteers = [\"" + attr + "\"]"), Catch::Contains("key=value"));
}

TEST_CASE("actors: a missing gazetteer file and bad settings are errors", "[actors]") {
  CHECK_THAT(creation_error("gazetteers = [\"/nonexistent/actors.tsv\"]"),
             Catch::Contains("/nonexistent/actors.tsv"));
  CHECK_THAT(creation_error("min_confidence = 2.0"), Catch::Contains("min_confidence"));
  CHECK_THAT(creation_error("demonym_weight = \"heavy\""), Catch::Contains("demonym_weight"));
  CHECK_THAT(creation_error("max_pairs = 2.5"), Catch::Contains("max_pairs"));
}

TEST_CASE("actors: demonym_weight and max_pairs take effect", "[actors]") {
  const Document doc = make_document("Chinese and Russian envoys met Putin, Xi and Modi.");
  const AspectResult light = actors_of(doc, "demonym_weight = 0.0\nmax_pairs = 1");
  std::size_t pairs = 0;
  for (const auto &m : light.metrics)
    pairs += m.name.rfind("pair:", 0) == 0 ? 1 : 0;
  CHECK(pairs == 1);
  CHECK(std::stod(*actor(light, "state:CN").attribute("share")) == 0.0);
}
