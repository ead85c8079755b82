// The style plugin as the host runs it: built from the tree, loaded, given segmented documents.
#include "../../support/plugin_harness.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

using aspectdiff::model::AspectResult;
using aspectdiff::model::Document;
using aspectdiff::model::MetricKind;
using aspectdiff::testing::make_document;
using aspectdiff::testing::run_plugin;

AspectResult style_of(const Document &doc, std::string_view config = "") {
  auto result = run_plugin("style", doc, config);
  INFO(result.error);
  REQUIRE(result.status == aspectdiff::model::ResultStatus::ok);
  return result;
}

double value_of(const AspectResult &r, std::string_view name) {
  const auto *m = r.metric(name);
  INFO(name);
  REQUIRE(m != nullptr);
  return m->value;
}

std::string text_of(const Document &doc, aspectdiff::model::Span s) {
  return doc.text.substr(s.begin, s.end - s.begin);
}

const aspectdiff::model::Item *item_of(const AspectResult &r, std::string_view key) {
  for (const auto &item : r.items)
    if (item.key == key) return &item;
  return nullptr;
}

} // namespace

TEST_CASE("style: Flesch values of a short text computed by hand", "[style][plugin]") {
  // 6 words, 2 sentences, 10 syllables (the 1, cat 1, sat 1, beautiful 3, elephants 3,
  // dance 1). Reading ease 206.835 - 1.015 * 3 - 84.6 * 10/6 = 62.79; grade
  // 0.39 * 3 + 11.8 * 10/6 - 15.59 = 5.2467.
  const auto doc = make_document("The cat sat. Beautiful elephants dance.");
  const auto r = style_of(doc);
  CHECK(value_of(r, "words") == 6);
  CHECK(value_of(r, "sentences") == 2);
  CHECK(value_of(r, "paragraphs") == 1);
  CHECK(value_of(r, "syllables_per_word") == Approx(10.0 / 6.0));
  CHECK(value_of(r, "flesch_reading_ease") == Approx(62.79));
  CHECK(value_of(r, "flesch_kincaid_grade") == Approx(5.24667).epsilon(1e-4));
  CHECK(value_of(r, "long_word_share") == Approx(2.0 / 6.0));
  CHECK(value_of(r, "mean_sentence_length") == Approx(3.0));
  CHECK(value_of(r, "sentence_length_sd") == Approx(0.0));
  CHECK(r.metric("flesch_reading_ease")->kind == MetricKind::value);
  CHECK(r.metric("long_word_share")->kind == MetricKind::proportion);
  // Long words as evidence: "Beautiful" and "elephants".
  const auto &evidence = r.metric("long_word_share")->evidence;
  REQUIRE(evidence.size() == 2);
  CHECK(text_of(doc, evidence[0]) == "Beautiful");
  CHECK(text_of(doc, evidence[1]) == "elephants");
}

TEST_CASE("style: mean sentence length carries per-sentence values", "[style][plugin]") {
  const auto doc = make_document("One two three. Four five. Six seven eight nine ten eleven.");
  const auto r = style_of(doc);
  const auto *m = r.metric("mean_sentence_length");
  REQUIRE(m != nullptr);
  CHECK(m->value == Approx(11.0 / 3.0));
  REQUIRE(m->sentence_values == std::vector<double>{3, 2, 6});
  CHECK(m->sentence_index == std::vector<std::uint32_t>{0, 1, 2});
  // Population standard deviation of 3, 2, 6.
  const double mean = 11.0 / 3.0;
  const double sd = std::sqrt(
      ((3 - mean) * (3 - mean) + (2 - mean) * (2 - mean) + (6 - mean) * (6 - mean)) / 3.0);
  CHECK(value_of(r, "sentence_length_sd") == Approx(sd));
  const auto &extremes = r.metric("sentence_length_sd")->evidence;
  REQUIRE(extremes.size() == 2);
  CHECK(text_of(doc, extremes[0]) == "Four five.");
  CHECK(text_of(doc, extremes[1]) == "Six seven eight nine ten eleven.");
}

TEST_CASE("style: quoted share with curly and straight quotation marks", "[style][plugin]") {
  const auto doc = make_document("She said \u201cwe will not move\u201d and left.");
  const auto r = style_of(doc);
  CHECK(value_of(r, "quoted_share") == Approx(4.0 / 8.0));
  const auto &evidence = r.metric("quoted_share")->evidence;
  REQUIRE(evidence.size() == 1);
  CHECK(text_of(doc, evidence[0]) == "\u201cwe will not move\u201d");

  // The same words in straight quotes, another case and with punctuation: the same item key.
  const auto other = make_document("He repeated: \"We will NOT move.\" Nobody believed him.");
  const auto r2 = style_of(other);
  CHECK(value_of(r2, "quoted_share") == Approx(4.0 / 9.0));
  REQUIRE(r.items.size() == 1);
  REQUIRE(r2.items.size() == 1);
  CHECK(r.items[0].category == "quotation");
  CHECK(r.items[0].key.starts_with("quote:"));
  CHECK(r.items[0].key == r2.items[0].key);
  CHECK(r.items[0].label == "we will not move");
}

TEST_CASE("style: apostrophes and inch marks are no quotations", "[style][plugin]") {
  const auto doc = make_document(
      "Russia\u2019s leaders don\u2019t agree. The screen is 12\" wide. The 1990s\u2019 legacy "
      "remains.");
  const auto r = style_of(doc);
  CHECK(value_of(r, "quoted_share") == 0.0);
  CHECK(r.items.empty());
}

TEST_CASE("style: a repeated quotation is one item with every occurrence", "[style][plugin]") {
  const auto doc = make_document("They chanted \u201cno retreat\u201d. Then again: "
                                 "\u201cNo retreat!\u201d Others said \u2018wait\u2019.");
  const auto r = style_of(doc);
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[0].count == 2);
  CHECK(r.items[0].evidence.size() == 2);
  CHECK(r.items[1].label == "wait");
}

TEST_CASE("style: long_sentence_words can be configured", "[style][plugin]") {
  const auto doc = make_document("Short one. This sentence has exactly seven words here. Tiny.");
  const auto defaults = style_of(doc);
  CHECK(defaults.items.empty());
  CHECK(defaults.metric("mean_sentence_length")->evidence.empty());

  const auto r = style_of(doc, "long_sentence_words = 7\n");
  const auto *item = item_of(r, "sentence:1");
  REQUIRE(item != nullptr);
  CHECK(item->category == "long_sentence");
  CHECK(*item->attribute("words") == "7");
  REQUIRE(item->evidence.size() == 1);
  CHECK(text_of(doc, item->evidence[0]) == "This sentence has exactly seven words here.");
  CHECK(r.metric("mean_sentence_length")->evidence.size() == 1);
  CHECK(r.items.size() == 1);
}

TEST_CASE("style: questions, exclamations and passives per 1,000 words", "[style][plugin]") {
  const auto doc = make_document("Why now? Because it matters! The treaty was signed by both "
                                 "leaders. It has been widely criticised.");
  const auto r = style_of(doc);
  const double words = value_of(r, "words");
  CHECK(words == 17);
  CHECK(value_of(r, "question_rate") == Approx(1000.0 / words));
  CHECK(value_of(r, "exclamation_rate") == Approx(1000.0 / words));
  CHECK(value_of(r, "passive_rate") == Approx(2000.0 / words));
  CHECK(r.metric("passive_rate")->kind == MetricKind::rate);
  const auto &passives = r.metric("passive_rate")->evidence;
  REQUIRE(passives.size() == 2);
  CHECK(text_of(doc, passives[0]) == "was signed");
  CHECK(text_of(doc, passives[1]) == "been widely criticised");
  CHECK(text_of(doc, r.metric("question_rate")->evidence.at(0)) == "Why now?");
}

TEST_CASE("style: a repetitive text has lower MTLD than a varied one", "[style][plugin]") {
  std::string repetitive, varied;
  for (int i = 0; i < 30; ++i)
    repetitive += "The cat saw the dog and the dog saw the cat. ";
  const char *words[] = {"river",   "mountain", "quietly", "argued", "bright",  "engine",
                         "seven",   "harbour",  "lantern", "slowly", "copper",  "whisper",
                         "orchard", "thunder",  "velvet",  "marble", "crimson", "feather"};
  for (int i = 0; i < 330; ++i) {
    varied += words[(i * 7 + i / 18) % 18];
    varied += (i % 11 == 10) ? ". " : " ";
  }
  const auto low = value_of(style_of(make_document(repetitive)), "mtld");
  const auto high = value_of(style_of(make_document(varied)), "mtld");
  CHECK(low < high);
  CHECK(value_of(style_of(make_document(repetitive)), "type_token_ratio") == Approx(5.0 / 330.0));
}

TEST_CASE("style: MTLD of a hand-computed sentence", "[style][plugin]") {
  // Words a b a c: MTLD (4 + 4.48) / 2 = 4.24 (see mtld_test.cpp).
  const auto r = style_of(make_document("A b a c."));
  CHECK(value_of(r, "mtld") == Approx(4.24));
  CHECK_FALSE(r.notes.empty()); // too short to trust
}

TEST_CASE("style: an empty document gets counts only", "[style][plugin]") {
  const auto r = style_of(make_document(""));
  CHECK(value_of(r, "words") == 0);
  CHECK(value_of(r, "sentences") == 0);
  CHECK(value_of(r, "paragraphs") == 0);
  CHECK(r.metric("mean_sentence_length") == nullptr);
  CHECK(r.metric("flesch_reading_ease") == nullptr);
  CHECK(r.items.empty());
  CHECK_FALSE(r.notes.empty());
}

TEST_CASE("style: a one-sentence document", "[style][plugin]") {
  const auto doc = make_document("Every word here differs from the others");
  const auto r = style_of(doc);
  CHECK(value_of(r, "sentences") == 1);
  CHECK(value_of(r, "mean_sentence_length") == 7);
  CHECK(value_of(r, "sentence_length_sd") == 0);
  CHECK(r.metric("mtld") == nullptr); // no word repeats: MTLD is undefined, and says so
  CHECK_FALSE(r.notes.empty());
  CHECK(value_of(r, "type_token_ratio") == 1.0);
  CHECK(r.metric("sentence_length_sd")->evidence.size() == 1);
}

TEST_CASE("style: the reference essay", "[style][plugin]") {
  std::ifstream in(std::filesystem::path(ASPECTDIFF_TEST_SOURCE_DIR) / "samples/essay.txt");
  REQUIRE(in);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto doc = make_document(text, "essay");
  const auto r = style_of(doc);
  CHECK(value_of(r, "words") > 350);
  CHECK(value_of(r, "paragraphs") == 7);
  CHECK(value_of(r, "mean_sentence_length") > 15);
  CHECK(value_of(r, "mean_sentence_length") < 30);
  CHECK(value_of(r, "flesch_reading_ease") > 10);
  CHECK(value_of(r, "flesch_reading_ease") < 60);
  CHECK(value_of(r, "mtld") > 50);
  CHECK(value_of(r, "quoted_share") == 0.0);
  CHECK(value_of(r, "question_rate") > 0.0); // "So, what exactly do Putin and Xi aim to achieve?"
  // Every evidence span lies inside the text.
  for (const auto &m : r.metrics)
    for (const auto &s : m.evidence) {
      CHECK(s.begin < s.end);
      CHECK(s.end <= doc.text.size());
    }
  CHECK(r.metric("flesch_kincaid_grade")->evidence.size() == 5);
}

TEST_CASE("style: bad settings are refused with the setting's name", "[style][plugin]") {
  const auto doc = make_document("A sentence.");
  CHECK_THROWS_WITH(run_plugin("style", doc, "long_sentence_words = 0\n"),
                    Catch::Contains("long_sentence_words"));
  CHECK_THROWS_WITH(run_plugin("style", doc, "long_sentence_words = 2.5\n"),
                    Catch::Contains("long_sentence_words"));
  CHECK_THROWS_WITH(run_plugin("style", doc, "mtld_threshold = 1.5\n"),
                    Catch::Contains("mtld_threshold"));
  CHECK_THROWS_WITH(run_plugin("style", doc, "max_evidence = \"many\"\n"),
                    Catch::Contains("max_evidence"));
  CHECK_THROWS_WITH(run_plugin("style", doc, "syllable_exceptions = [\"/nonexistent/x.tsv\"]\n"),
                    Catch::Contains("cannot read"));
}

TEST_CASE("style: a user's syllable exceptions are used, and a bad line is refused",
          "[style][plugin]") {
  const auto dir = std::filesystem::temp_directory_path() / "aspectdiff-style-test";
  std::filesystem::create_directories(dir);
  const auto good = dir / "good.tsv";
  const auto bad = dir / "bad.tsv";
  std::ofstream(good) << "# cats are long here\ncat\t3\n";
  std::ofstream(bad) << "cat\t3\ndog two\n";
  const auto doc = make_document("The cat sat.");
  CHECK(value_of(style_of(doc), "syllables_per_word") == Approx(1.0));
  const auto r = style_of(doc, "syllable_exceptions = [\"" + good.string() + "\"]\n");
  CHECK(value_of(r, "syllables_per_word") == Approx(5.0 / 3.0));
  CHECK_THROWS_WITH(run_plugin("style", doc, "syllable_exceptions = [\"" + bad.string() + "\"]\n"),
                    Catch::Contains("bad.tsv:2"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("style: the plugin's comparison names clear differences", "[style][plugin][compare]") {
  const auto plain = make_document("We met. We talked. It went well. We left early. It rained.");
  const auto dense = make_document(
      "The negotiations, which were conducted over several protracted sessions in the capital, "
      "were widely characterised by observers as an unprecedented demonstration of institutional "
      "coordination between the two governments. Considerable uncertainty nevertheless remained "
      "regarding the implementation of the agreements that were eventually signed.");
  const auto ra = style_of(plain);
  const auto rb = style_of(dense);
  const auto &instance = aspectdiff::testing::plugin_instance("style");
  REQUIRE(instance.has_compare());

  aspectdiff::model::AspectComparison different;
  CHECK(instance.compare(plain, ra, dense, rb, different).empty());
  CHECK(different.similarity >= 0.0);
  CHECK(different.similarity < 0.5);
  bool longer = false, harder = false;
  for (const auto &f : different.findings) {
    CHECK(f.magnitude >= 1.0);
    if (f.key == "mean_sentence_length") longer = f.label.starts_with("B writes longer");
    if (f.key == "flesch_kincaid_grade") harder = f.label.starts_with("B is harder to read");
  }
  CHECK(longer);
  CHECK(harder);

  aspectdiff::model::AspectComparison same;
  CHECK(instance.compare(plain, ra, plain, ra, same).empty());
  CHECK(same.similarity == Approx(1.0));
  CHECK(same.findings.empty());
}
