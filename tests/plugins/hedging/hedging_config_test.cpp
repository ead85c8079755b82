// User cue and word-set files: they add, replace and remove cues; a bad line is an error that
// names the file and the line; a bad setting is refused.
#include "hedging_support.hpp"

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace hedging_test;

namespace {

// A file in a folder of this test run, removed with it.
std::string write_file(const std::string &name, const std::string &content) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("aspectdiff_hedging_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

std::string toml_path(const std::string &path) {
  return "'" + path + "'";
}

} // namespace

TEST_CASE("hedging: a user cue file adds cues and removes built-in ones", "[hedging][config]") {
  const auto cues = write_file("extra_cues.tsv", "# extra cues\n"
                                                 "mooted\thedge\tlexical_verb\t-0.5\n"
                                                 "if\toff\t-\t0\n"
                                                 "<envoy> hinted\tweasel\tvague_source\t-0.4\n");
  const auto sets = write_file("extra_sets.tsv", "envoy\tdiplomats envoys insiders\n");
  const std::string config =
      "cue_files = [" + toml_path(cues) + "]\nword_set_files = [" + toml_path(sets) + "]\n";
  const auto found = cues_in("A merger was mooted. Insiders hinted at a deal. It fails if "
                             "Beijing balks. Prices might rise.",
                             config);
  CHECK(has_cue(found, "hedge", "mooted"));
  CHECK(has_cue(found, "weasel", "Insiders hinted"));
  CHECK_FALSE(any_cue_contains(found, "if"));
  CHECK(has_cue(found, "hedge", "might")); // the built-ins stay
}

TEST_CASE("hedging: user cues of any length are found", "[hedging][config]") {
  // Words are looked up by their packed bytes up to 16 bytes and compared in full beyond: one
  // cue on each side of that line, and a two-letter one.
  const auto cues = write_file("length_cues.tsv", "counterintuitively\thedge\tadverb\t-0.4\n"
                                                  "ostensibly\thedge\tadverb\t-0.5\n"
                                                  "iirc\thedge\tadverb\t-0.5\n"
                                                  "ok\thedge\tadverb\t-0.1\n");
  const auto found = cues_in("Counterintuitively, tariffs rose. The visit was ostensibly private. "
                             "IIRC the deal is ok. Counterintuitive results and ostensible aims.",
                             "cue_files = [" + toml_path(cues) + "]");
  CHECK(has_cue(found, "hedge", "Counterintuitively"));
  CHECK(has_cue(found, "hedge", "ostensibly"));
  CHECK(has_cue(found, "hedge", "IIRC"));
  CHECK(has_cue(found, "hedge", "ok"));
  CHECK(found.size() == 4); // not "Counterintuitive" nor "ostensible"
}

TEST_CASE("hedging: replace_builtin_cues keeps only the user's cues", "[hedging][config]") {
  const auto cues = write_file("only_cues.tsv", "mooted\thedge\tlexical_verb\t-0.5\n");
  const std::string config = "cue_files = [" + toml_path(cues) + "]\nreplace_builtin_cues = true\n";
  const auto found = cues_in("A merger was mooted. Prices might rise.", config);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "mooted");
}

TEST_CASE("hedging: a bad line in a cue file names the file and the line", "[hedging][config]") {
  const auto doc = make_document("Prices might rise.");
  const auto bad_class = write_file("bad_class.tsv", "mooted\thedge\tverb\t-0.5\n"
                                                     "hinted\tmaybe\tverb\t-0.5\n");
  CHECK_THROWS_WITH(
      aspectdiff::testing::plugin_instance("hedging", "cue_files = [" + toml_path(bad_class) + "]"),
      Catch::Contains("bad_class.tsv line 2") && Catch::Contains("unknown class 'maybe'"));

  const auto bad_strength = write_file("bad_strength.tsv", "mooted\thedge\tverb\tstrong\n");
  CHECK_THROWS_WITH(aspectdiff::testing::plugin_instance(
                        "hedging", "cue_files = [" + toml_path(bad_strength) + "]"),
                    Catch::Contains("bad_strength.tsv line 1") && Catch::Contains("strength"));

  const auto bad_set = write_file("bad_set.tsv", "<nosuchset> said\tweasel\tvague\t-0.5\n");
  CHECK_THROWS_WITH(
      aspectdiff::testing::plugin_instance("hedging", "cue_files = [" + toml_path(bad_set) + "]"),
      Catch::Contains("unknown word set <nosuchset>"));

  const auto bad_rule = write_file("bad_rule.tsv", "mooted\thedge\tverb\t-0.5\tnosuchrule\n");
  CHECK_THROWS_WITH(
      aspectdiff::testing::plugin_instance("hedging", "cue_files = [" + toml_path(bad_rule) + "]"),
      Catch::Contains("unknown rule 'nosuchrule'"));

  const auto bad_sets = write_file("bad_sets.tsv", "# sets\nenvoy\tdiplomats envoys\n"
                                                   "insiders without a tab\n");
  CHECK_THROWS_WITH(aspectdiff::testing::plugin_instance("hedging", "word_set_files = [" +
                                                                        toml_path(bad_sets) + "]"),
                    Catch::Contains("bad_sets.tsv line 3") && Catch::Contains("no tab"));

  const auto short_line = write_file("short_line.tsv", "mooted\thedge\n");
  CHECK_THROWS_WITH(aspectdiff::testing::plugin_instance(
                        "hedging", "cue_files = [" + toml_path(short_line) + "]"),
                    Catch::Contains("short_line.tsv line 1") && Catch::Contains("columns"));

  CHECK_THROWS_WITH(
      aspectdiff::testing::plugin_instance("hedging", "cue_files = ['/no/such/cues.tsv']"),
      Catch::Contains("/no/such/cues.tsv"));
  CHECK_THROWS_WITH(aspectdiff::testing::plugin_instance("hedging", "index_smoothing = -1"),
                    Catch::Contains("index_smoothing"));
}

TEST_CASE("hedging: max_claims limits the listed claims, not their count", "[hedging][config]") {
  const auto doc = make_document("Prices might rise next year. Trade may possibly collapse soon. "
                                 "Exports could fall in winter.");
  const auto r = hedging_of(doc, "max_claims = 1");
  const auto listed = std::count_if(r.items.begin(), r.items.end(),
                                    [](const Item &i) { return i.category == "hedged_claim"; });
  CHECK(listed == 1);
  CHECK(metric_of(r, "hedged_claims") == 3);
  // The most strongly hedged clause is the one listed.
  for (const auto &item : r.items)
    if (item.category == "hedged_claim")
      CHECK(item.label.find("may possibly") != std::string::npos);
  CHECK_THROWS_WITH(aspectdiff::testing::plugin_instance("hedging", "max_claims = 2.5"),
                    Catch::Contains("max_claims"));
}
