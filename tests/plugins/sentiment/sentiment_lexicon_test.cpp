// User lexicons: VADER's format and term<TAB>score, overrides, and bad lines reported with file
// and line.
#include "sentiment_support.hpp"

#include <filesystem>
#include <fstream>

using namespace sentiment_test;

namespace {

// A file in a fresh folder under the system's temporary directory.
std::filesystem::path write_file(const std::string &name, const std::string &content) {
  const auto dir = std::filesystem::temp_directory_path() / "aspectdiff-sentiment-tests";
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::string config_with(const std::filesystem::path &path, std::string_view extra = "") {
  return "lexicon_files = [\"" + path.generic_string() + "\"]\n" + std::string(extra);
}

} // namespace

TEST_CASE("sentiment: a plain user lexicon adds and overrides entries", "[sentiment][lexicon]") {
  const auto path = write_file("plain.tsv", "# newsroom terms\n"
                                            "zorblatt\t3.0\n"
                                            "sanctions\t2.5\n"
                                            "special military operation\t-3\n");
  const auto config = config_with(path);
  CHECK(std::abs(score_of("The zorblatt arrived.")) < 0.05);
  CHECK(score_of("The zorblatt arrived.", config) > 0.2);
  CHECK(score_of("New sanctions were announced.") < 0.0);
  CHECK(score_of("New sanctions were announced.", config) > 0.0);
  CHECK(score_of("The special military operation continued.", config) < -0.2);
  // Rules still apply to user entries.
  CHECK(score_of("It was not a zorblatt.", config) < 0.0);
}

TEST_CASE("sentiment: a lexicon in VADER's format is read", "[sentiment][lexicon]") {
  const auto path = write_file("vader.txt", "glorp\t-2.4\t0.66332\t[-2, -3, -2, -3, -2]\n"
                                            "snazzy\t2.1\t0.5\t[2, 2, 3, 2, 1]\n");
  const auto config = config_with(path, "lexicon_format = \"vader\"\n");
  CHECK(score_of("What a glorp.", config) < -0.2);
  CHECK(score_of("What a snazzy hat.", config) > 0.2);
}

TEST_CASE("sentiment: a bad lexicon line is reported with file and line", "[sentiment][lexicon]") {
  using aspectdiff::testing::plugin_instance;
  const auto bad_score = write_file("bad_score.tsv", "fine\t1.0\n\nbroken\tlots\n");
  REQUIRE_THROWS_WITH(plugin_instance("sentiment", config_with(bad_score)),
                      Catch::Contains("bad_score.tsv:3") && Catch::Contains("lots"));
  const auto out_of_range = write_file("range.tsv", "huge\t9\n");
  REQUIRE_THROWS_WITH(plugin_instance("sentiment", config_with(out_of_range)),
                      Catch::Contains("range.tsv:1") && Catch::Contains("outside"));
  const auto columns = write_file("columns.tsv", "a\t1\nb\t1\t2\n");
  REQUIRE_THROWS_WITH(plugin_instance("sentiment", config_with(columns)),
                      Catch::Contains("columns.tsv:2"));
  const auto vader = write_file("vader_bad.txt", "word\t1.5\t0.5\t1, 2, 1\n");
  REQUIRE_THROWS_WITH(
      plugin_instance("sentiment", config_with(vader, "lexicon_format = \"vader\"\n")),
      Catch::Contains("vader_bad.txt:1") && Catch::Contains("bracketed"));
}

TEST_CASE("sentiment: a missing lexicon file or bad setting is a configuration error",
          "[sentiment][lexicon]") {
  using aspectdiff::testing::plugin_instance;
  REQUIRE_THROWS_WITH(plugin_instance("sentiment", "lexicon_files = [\"/nonexistent/x.tsv\"]\n"),
                      Catch::Contains("/nonexistent/x.tsv"));
  REQUIRE_THROWS_WITH(plugin_instance("sentiment", "lexicon_format = \"csv\"\n"),
                      Catch::Contains("lexicon_format"));
  REQUIRE_THROWS_WITH(plugin_instance("sentiment", "rules.negation_scope = -2\n"),
                      Catch::Contains("rules.negation_scope"));
}

TEST_CASE("sentiment: without the built-in lexicon only user entries carry valence",
          "[sentiment][lexicon]") {
  const auto path = write_file("only.tsv", "zorblatt\t3\n");
  const auto config = config_with(path, "builtin_lexicon = false\nlearned_terms = false\n");
  CHECK(std::abs(score_of("A wonderful, excellent day.", config)) < 0.05);
  CHECK(score_of("A zorblatt day.", config) > 0.2);
}

TEST_CASE("sentiment: terms that share their first eight bytes are told apart",
          "[sentiment][lexicon]") {
  // Look-ups compare a term's length and first eight bytes before the rest: terms equal in
  // those and different after them, or prefixes of one another, must still each be found.
  const auto path = write_file("prefixes.tsv", "internat\t2.0\n"
                                               "internationalist\t3.0\n"
                                               "internationalism\t-3.0\n"
                                               "internationalisms\t-2.0\n"
                                               "zq\t2.5\n"
                                               "zqz\t-2.5\n");
  const auto config = config_with(path, "builtin_lexicon = false\nlearned_terms = false\n");
  CHECK(score_of("An internat.", config) > 0.05);
  CHECK(score_of("An internationalist.", config) > 0.05);
  CHECK(score_of("An internationalism.", config) < -0.05);
  CHECK(score_of("Two internationalisms.", config) < -0.05);
  CHECK(std::abs(score_of("An internationali.", config)) < 0.05);
  CHECK(score_of("A zq.", config) > 0.05);
  CHECK(score_of("A zqz.", config) < -0.05);
  CHECK(std::abs(score_of("A zqzq.", config)) < 0.05);
}
