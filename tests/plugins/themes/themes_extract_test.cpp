// The themes plugin on documents: stems, phrases, the distribution, evidence and key phrases.
#include "../../support/plugin_harness.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>

namespace {

using aspectdiff::model::AspectResult;
using aspectdiff::model::Item;
using aspectdiff::testing::find_item;
using aspectdiff::testing::make_document;
using aspectdiff::testing::run_plugin;

double total_weight(const AspectResult &r, const std::string &category) {
  double sum = 0.0;
  for (const auto &it : r.items)
    if (it.category == category) sum += it.weight;
  return sum;
}

std::string evidence_text(const aspectdiff::model::Document &doc, const Item &it) {
  std::string out;
  for (const auto &s : it.evidence)
    out += doc.text.substr(s.begin, s.end - s.begin) + "\n";
  return out;
}

std::string read_file(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Hand-written cues only, so that the tests say what the taxonomy does.
constexpr const char *cues_only = "learned_weights = false\nmin_share = 0.0\n";

} // namespace

TEST_CASE("themes: inflected forms meet on one stem", "[themes]") {
  for (const char *text : {"The West imposed a sanction.", "The West imposed sanctions.",
                           "Moscow was sanctioned by the West."}) {
    const auto doc = make_document(text);
    const auto r = run_plugin("themes", doc, cues_only);
    INFO(text);
    REQUIRE(r.status == aspectdiff::model::ResultStatus::ok);
    const Item *sanctions = find_item(r, "theme:foreign_trade.sanctions");
    REQUIRE(sanctions != nullptr);
    CHECK(sanctions->count >= 1);
    CHECK(find_item(r, "theme:foreign_trade") != nullptr); // finer themes roll up
  }
}

TEST_CASE("themes: a multi-word cue beats the words inside it", "[themes]") {
  const auto doc = make_document("Gas began to flow through the Power of Siberia in 2019.");
  const auto r = run_plugin("themes", doc, cues_only);
  const Item *pipelines = find_item(r, "theme:energy.pipelines");
  REQUIRE(pipelines != nullptr);
  const auto *cues = pipelines->attribute("cues");
  REQUIRE(cues != nullptr);
  CHECK(cues->find("power of siberia") != std::string::npos);
  // "power" alone is a world-order cue; inside the pipeline's name it must not fire.
  CHECK(find_item(r, "theme:ia.world_order") == nullptr);
}

TEST_CASE("themes: shares sum to one at each level, with evidence sentences", "[themes]") {
  const auto doc = make_document(
      "Russia and China signed a gas pipeline deal at the summit. Sanctions from the West "
      "pushed Moscow towards Beijing. Both leaders called for a multipolar world order.");
  const auto r = run_plugin("themes", doc);
  REQUIRE(r.status == aspectdiff::model::ResultStatus::ok);
  CHECK(total_weight(r, "major") == Approx(1.0));
  CHECK(total_weight(r, "theme") == Approx(1.0));
  for (const auto &it : r.items) {
    if (it.category != "major" && it.category != "theme") continue;
    INFO(it.key);
    CHECK_FALSE(it.evidence.empty());
    for (const auto &s : it.evidence)
      CHECK(s.end <= doc.text.size());
  }
  const Item *pipelines = find_item(r, "theme:energy.pipelines");
  REQUIRE(pipelines != nullptr);
  CHECK(evidence_text(doc, *pipelines).find("gas pipeline") != std::string::npos);
  const Item *energy = find_item(r, "theme:energy");
  REQUIRE(energy != nullptr);
  REQUIRE(energy->attribute("cap_code") != nullptr);
  CHECK(*energy->attribute("cap_code") == "8");
}

TEST_CASE("themes: the reference essay leads with international affairs, trade and energy",
          "[themes]") {
  const auto doc = make_document(read_file(ASPECTDIFF_TEST_SOURCE_DIR "/samples/essay.txt"));
  const auto r = run_plugin("themes", doc);
  REQUIRE(r.status == aspectdiff::model::ResultStatus::ok);
  std::vector<const Item *> majors;
  for (const auto &it : r.items)
    if (it.category == "major") majors.push_back(&it);
  REQUIRE(majors.size() >= 3);
  CHECK(majors[0]->key == "theme:international_affairs");
  CHECK(majors[1]->key == "theme:foreign_trade");
  CHECK(majors[2]->key == "theme:energy");
  for (const char *key : {"theme:ia.alliances", "theme:ia.world_order",
                          "theme:foreign_trade.sanctions", "theme:energy.pipelines"})
    CHECK(find_item(r, key) != nullptr);
  const Item *pipelines = find_item(r, "theme:energy.pipelines");
  REQUIRE(pipelines != nullptr);
  CHECK(evidence_text(doc, *pipelines).find("Power of Siberia") != std::string::npos);
}

TEST_CASE("themes: key phrases group variants and carry every occurrence", "[themes]") {
  const auto doc = make_document(
      "We need gas pipelines. The gas pipeline to China opened in 2019. Critics of the gas "
      "pipeline were ignored, and the new gas pipelines keep coming.");
  const auto r = run_plugin("themes", doc);
  const Item *phrase = find_item(r, "phrase:gas pipelin");
  REQUIRE(phrase != nullptr);
  CHECK(phrase->category == "key_phrase");
  CHECK(phrase->count == 4);
  REQUIRE(phrase->evidence.size() == 4);
  CHECK(doc.text.substr(phrase->evidence[0].begin,
                        phrase->evidence[0].end - phrase->evidence[0].begin) == "gas pipelines");
  CHECK(phrase->weight == Approx(1.0)); // the best phrase
  for (const auto &it : r.items)
    if (it.category == "key_phrase") CHECK(it.weight <= 1.0);
}

TEST_CASE("themes: an empty document gives no theme and a note", "[themes]") {
  const auto doc = make_document("");
  const auto r = run_plugin("themes", doc);
  REQUIRE(r.status == aspectdiff::model::ResultStatus::ok);
  CHECK(r.items.empty());
  REQUIRE(r.metric("top_theme_share") != nullptr);
  CHECK(r.metric("top_theme_share")->value == 0.0);
  CHECK_FALSE(r.notes.empty());
}

TEST_CASE("themes: a one-sentence document", "[themes]") {
  const auto doc = make_document("Sanctions hit Russian oil exports");
  const auto r = run_plugin("themes", doc);
  REQUIRE(r.status == aspectdiff::model::ResultStatus::ok);
  REQUIRE_FALSE(r.items.empty());
  CHECK(total_weight(r, "major") == Approx(1.0));
  const Item *sanctions = find_item(r, "theme:foreign_trade.sanctions");
  REQUIRE(sanctions != nullptr);
  REQUIRE(sanctions->evidence.size() == 1);
  CHECK(sanctions->evidence[0].begin == 0);
  CHECK(r.metric("themed_sentences")->value == Approx(1.0));
}

TEST_CASE("themes: text without any cue gives no distribution", "[themes]") {
  const auto doc = make_document("Xyzzy plugh quux.");
  const auto r = run_plugin("themes", doc, cues_only);
  REQUIRE(r.status == aspectdiff::model::ResultStatus::ok);
  CHECK(total_weight(r, "major") == 0.0);
  CHECK_FALSE(r.notes.empty());
}
