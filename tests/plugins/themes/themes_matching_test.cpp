// The themes plugin's matching engine: phrases that share a first word, learned weights that
// reach a parent theme, the cue list of a theme, and a vocabulary large enough to make the
// per-thread word cache grow.
#include "../../support/plugin_harness.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

using aspectdiff::model::AspectResult;
using aspectdiff::model::Item;
using aspectdiff::testing::find_item;
using aspectdiff::testing::make_document;
using aspectdiff::testing::run_plugin;

std::string write_temp(const std::string &name, const std::string &content) {
  const auto path = std::filesystem::temp_directory_path() / ("aspectdiff_themes_match_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

// A made-up word per number ("qa", "qb", ... "qbza"): no cue, no stop word, all distinct.
std::string nonsense_word(std::size_t n) {
  std::string w = "q";
  do {
    w += static_cast<char>('a' + n % 26);
    n /= 26;
  } while (n > 0);
  return w;
}

} // namespace

TEST_CASE("themes: phrases sharing a first word each match in full", "[themes]") {
  const auto path = write_temp("trade.tsv", "theme\ttrade\t-\tTrade\n"
                                            "theme\ttrade.war\ttrade\tTrade war\n"
                                            "theme\ttrade.deal\ttrade\tTrade deal\n"
                                            "theme\ttrade.talks\ttrade\tTrade talks\n"
                                            "cue\ttrade.war\t2\ttrade war\n"
                                            "cue\ttrade.deal\t2\ttrade deal\n"
                                            "cue\ttrade.talks\t2\ttrade talks in geneva\n"
                                            "cue\ttrade\t1\ttrade\n");
  const std::string config =
      "taxonomy = \"" + path + "\"\nlearned_weights = false\nmin_share = 0.0\n";
  const auto doc = make_document("The trade war began in spring. A trade deal followed. "
                                 "Trade talks stalled, and trade talks in Geneva resumed.");
  const auto r = run_plugin("themes", doc, config);
  REQUIRE(r.status == aspectdiff::model::ResultStatus::ok);
  const Item *war = find_item(r, "theme:trade.war");
  const Item *deal = find_item(r, "theme:trade.deal");
  const Item *talks = find_item(r, "theme:trade.talks");
  REQUIRE(war != nullptr);
  REQUIRE(deal != nullptr);
  REQUIRE(talks != nullptr);
  CHECK(war->count == 1);
  CHECK(deal->count == 1);
  // "Trade talks stalled" lacks "in Geneva": only the one full phrase counts.
  CHECK(talks->count == 1);
  const Item *trade = find_item(r, "theme:trade");
  REQUIRE(trade != nullptr);
  // Three phrases roll up, plus "trade" on its own in "Trade talks stalled".
  CHECK(trade->count == 4);
  REQUIRE(trade->attribute("cues") != nullptr);
  CHECK(trade->attribute("cues")->find("trade war") != std::string::npos);
}

TEST_CASE("themes: spellings of a cue that stem alike count once at their highest weight",
          "[themes]") {
  // "political" and "politics" share the stem "polit"; "politic" repeats it for another theme.
  const auto path = write_temp("spellings.tsv", "theme\tgov\t-\tGovernment\n"
                                                "theme\tpol\t-\tPolitics\n"
                                                "cue\tgov\t2\tpolitical\n"
                                                "cue\tgov\t3\tpolitics\n"
                                                "cue\tpol\t1\tpolitic\n"
                                                "cue\tgov\t1\tstate budget\n"
                                                "cue\tgov\t4\tstate budgets\n");
  const std::string config =
      "taxonomy = \"" + path + "\"\nlearned_weights = false\nmin_share = 0.0\n";
  const auto doc = make_document("Politics returned. The state budget passed.");
  const auto r = run_plugin("themes", doc, config);
  REQUIRE(r.status == aspectdiff::model::ResultStatus::ok);
  const Item *gov = find_item(r, "theme:gov");
  const Item *pol = find_item(r, "theme:pol");
  REQUIRE(gov != nullptr);
  REQUIRE(pol != nullptr);
  // One match per occurrence; gov scores 3 + 4, pol 1: shares 7/8 and 1/8.
  CHECK(gov->count == 2);
  CHECK(pol->count == 1);
  CHECK(gov->weight == Approx(7.0 / 8.0));
  CHECK(pol->weight == Approx(1.0 / 8.0));
}

TEST_CASE("themes: learned weights of a finer theme reach its parent", "[themes]") {
  const auto taxonomy = write_temp("learned_taxonomy.tsv", "theme\tsea\t-\tSea\n"
                                                           "theme\tsea.boats\tsea\tBoats\n"
                                                           "theme\tland\t-\tLand\n"
                                                           "cue\tland\t1\tfield\n");
  const auto weights = write_temp("learned_weights.tsv", "stem\tsea.boats\t3\tkayak\n");
  const std::string config = "taxonomy = \"" + taxonomy + "\"\nlearned_weights_file = \"" +
                             weights + "\"\nlearned_fade = 0\nmin_share = 0.0\n";
  const auto doc = make_document("Kayaks crossed the bay near the field.");
  const auto r = run_plugin("themes", doc, config);
  REQUIRE(r.status == aspectdiff::model::ResultStatus::ok);
  const Item *boats = find_item(r, "theme:sea.boats");
  const Item *sea = find_item(r, "theme:sea");
  const Item *land = find_item(r, "theme:land");
  REQUIRE(boats != nullptr);
  REQUIRE(sea != nullptr);
  REQUIRE(land != nullptr);
  // Sea gets the learned 3 through its finer theme, land its cue's 1.
  CHECK(sea->weight == Approx(0.75));
  CHECK(land->weight == Approx(0.25));
  CHECK(boats->weight == Approx(1.0));
  CHECK_FALSE(sea->evidence.empty());
}

TEST_CASE("themes: a large vocabulary gives the same themes as a small one", "[themes]") {
  // Thousands of distinct words make the per-thread word cache grow several times; what the
  // plugin says about the one sentence with cues must not change.
  const std::string cued = "Sanctions hit Russian oil exports through the pipeline.";
  std::string big;
  for (std::size_t s = 0; s < 400; ++s) {
    for (std::size_t w = 0; w < 12; ++w) {
      const std::string word = nonsense_word(s * 12 + w);
      big +=
          w == 0 ? std::string(1, static_cast<char>(word[0] - 'a' + 'A')) + word.substr(1) : word;
      big += w == 11 ? ". " : " ";
    }
  }
  const std::string config = "learned_weights = false\nmin_share = 0.0\n";
  const auto small_result = run_plugin("themes", make_document(cued), config);
  const auto big_result = run_plugin("themes", make_document(big + cued), config);
  const auto small_again = run_plugin("themes", make_document(cued), config);
  for (const char *key : {"theme:foreign_trade.sanctions", "theme:energy.pipelines"}) {
    INFO(key);
    const Item *a = find_item(small_result, key);
    const Item *b = find_item(big_result, key);
    const Item *c = find_item(small_again, key);
    REQUIRE(a != nullptr);
    REQUIRE(b != nullptr);
    REQUIRE(c != nullptr);
    CHECK(a->weight == Approx(b->weight));
    CHECK(a->count == b->count);
    CHECK(*a->attribute("score") == *b->attribute("score"));
    CHECK(*a->attribute("score") == *c->attribute("score"));
  }
}

// The word cache tells short words apart by their length and packed bytes, and long ones by
// their last eight bytes and then the rest: words that share all but one byte, in every
// position the packing reads, must each reach their own cue.
TEST_CASE("themes: words differing in one byte reach their own cues", "[themes]") {
  const auto path = write_temp("near.tsv", "theme\tone\t-\tOne\n"
                                           "theme\ttwo\t-\tTwo\n"
                                           "cue\tone\t1\tcopper\n"
                                           "cue\ttwo\t1\thopper\n"
                                           "cue\tone\t1\tbat\n"
                                           "cue\ttwo\t1\tbit\n"
                                           "cue\tone\t1\tshipbuilding\n"
                                           "cue\ttwo\t1\thomebuilding\n");
  const std::string config =
      "taxonomy = \"" + path + "\"\nlearned_weights = false\nmin_share = 0.0\n";
  // Each pair's second word only, after its first word has been cached by another document.
  const auto first = run_plugin("themes", make_document("Copper, bat and shipbuilding."), config);
  REQUIRE(first.status == aspectdiff::model::ResultStatus::ok);
  const Item *one = find_item(first, "theme:one");
  REQUIRE(one != nullptr);
  CHECK(one->count == 3);
  const auto second = run_plugin(
      "themes", make_document("Hopper and bit. Homebuilding, homebuilding and hopper."), config);
  REQUIRE(second.status == aspectdiff::model::ResultStatus::ok);
  CHECK(find_item(second, "theme:one") == nullptr);
  const Item *two = find_item(second, "theme:two");
  REQUIRE(two != nullptr);
  CHECK(two->count == 5);
}
