#include "config/config.hpp"
#include "config/plugin_settings.hpp"
#include "model/error.hpp"

#include <catch2/catch.hpp>

using aspectdiff::config::parse_config_text;
using aspectdiff::config::resolve_plugin_settings;
using aspectdiff::model::Error;

namespace {

std::string message_of(std::string_view text) {
  try {
    parse_config_text(text, "conf/aspectdiff.toml");
  } catch (const Error &e) {
    return e.what();
  }
  return "no error";
}

} // namespace

TEST_CASE("a TOML syntax error names the file, line and column", "[config]") {
  const auto message = message_of("[output]\nformat = \"json\"\nevidence = = 3\n");
  CHECK_THAT(message, Catch::Contains("[C001]"));
  CHECK_THAT(message, Catch::Contains("conf/aspectdiff.toml:3:"));
}

TEST_CASE("a value of the wrong type names its place", "[config]") {
  const auto message = message_of("\n\n[run]\njobs = \"many\"\n");
  CHECK_THAT(message, Catch::Contains("conf/aspectdiff.toml:4:"));
  CHECK_THAT(message, Catch::Contains("run.jobs"));
}

TEST_CASE("an unknown output format is refused with the choices", "[config]") {
  const auto message = message_of("[output]\nformat = \"pdf\"\n");
  CHECK_THAT(message, Catch::Contains("terminal, json, jsonl, markdown"));
}

TEST_CASE("settings are read and relative plugin_dirs resolve against the file", "[config]") {
  const auto c = parse_config_text(R"(plugin_dirs = ["extra"]
enabled = ["style"]
[weights]
themes = 2
[output]
evidence = 4
[cache]
enabled = false
)",
                                   "conf/aspectdiff.toml");
  REQUIRE(c.plugin_dirs.size() == 1);
  CHECK(c.plugin_dirs[0] == std::filesystem::absolute("conf/extra").lexically_normal());
  REQUIRE(c.enabled.has_value());
  CHECK(c.enabled->at(0) == "style");
  CHECK(c.weights.at("themes") == 2.0);
  CHECK(c.output.evidence == 4);
  CHECK_FALSE(c.cache.enabled);
  CHECK(c.warnings.empty());
}

TEST_CASE("unknown keys are warned about, with their place", "[config]") {
  const auto c = parse_config_text("colour = \"red\"\n[output]\nfromat = \"json\"\n", "a.toml");
  REQUIRE(c.warnings.size() == 2);
  CHECK_THAT(c.warnings[0] + c.warnings[1], Catch::Contains("a.toml:1:"));
  CHECK_THAT(c.warnings[0] + c.warnings[1], Catch::Contains("output.fromat"));
}

TEST_CASE("plugin settings merge the user's table over the defaults", "[config]") {
  const auto c = parse_config_text("[plugins.demo]\nlimit = 7\n[plugins.demo.lexicon]\n"
                                   "files = [\"a.tsv\", \"b.tsv\"]\n",
                                   "a.toml");
  const auto s =
      resolve_plugin_settings("demo", "limit = 3\nratio = 0.5\n[lexicon]\nfiles = []\n", c);
  CHECK(s.warnings.empty());
  std::vector<std::string> keys;
  for (const auto &e : s.entries)
    keys.push_back(e.key + "=" + e.text);
  CHECK(keys == std::vector<std::string>{"lexicon.files=a.tsv", "lexicon.files=b.tsv", "limit=7",
                                         "ratio=0.5"});
}

TEST_CASE("an integer may stand for a float default; a string may not", "[config]") {
  const auto ok = parse_config_text("[plugins.demo]\nratio = 2\n", "a.toml");
  CHECK(resolve_plugin_settings("demo", "ratio = 0.5\n", ok).entries.at(0).number == 2.0);
  const auto bad = parse_config_text("[plugins.demo]\nratio = \"big\"\n", "a.toml");
  try {
    resolve_plugin_settings("demo", "ratio = 0.5\n", bad);
    FAIL("expected an error");
  } catch (const Error &e) {
    CHECK(e.code() == "C010");
    CHECK_THAT(std::string(e.what()), Catch::Contains("a.toml:2:"));
  }
}

TEST_CASE("a key the plugin does not know is warned about", "[config]") {
  const auto c = parse_config_text("[plugins.demo]\nlimt = 7\n", "a.toml");
  const auto s = resolve_plugin_settings("demo", "limit = 3\n", c);
  REQUIRE(s.warnings.size() == 1);
  CHECK_THAT(s.warnings[0], Catch::Contains("limt"));
}
