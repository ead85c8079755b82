// What the sentiment plugin writes for a document: the score and its per-sentence values, the
// class proportions, the contributing words, the arc; and that long texts do not saturate.
#include "sentiment_support.hpp"

#include <cmath>

using namespace sentiment_test;

TEST_CASE("sentiment: the score is the mean of per-sentence values", "[sentiment]") {
  const auto doc = make_document(
      "The reform was a great success. The meeting took place on Tuesday in Beijing. The war "
      "was a catastrophe for everyone.");
  const auto r = sentiment_of(doc);
  const auto *score = r.metric("score");
  REQUIRE(score != nullptr);
  CHECK(score->kind == aspectdiff::model::MetricKind::score);
  REQUIRE(score->sentence_values.size() == 3);
  REQUIRE(score->sentence_index.size() == 3);
  double total = 0.0;
  for (const double v : score->sentence_values)
    total += v;
  CHECK(score->value == Approx(total / 3.0));
  CHECK(score->sentence_values[0] > 0.05);
  CHECK(score->sentence_values[2] < -0.05);
  CHECK(metric_of(r, "positive_sentences") == Approx(1.0 / 3.0));
  CHECK(metric_of(r, "negative_sentences") == Approx(1.0 / 3.0));
  CHECK(metric_of(r, "neutral_sentences") == Approx(1.0 / 3.0));
}

TEST_CASE("sentiment: the words that contribute are items with evidence", "[sentiment]") {
  const auto doc = make_document("The threats were brutal. The threats hurt. Peace is good.");
  const auto r = sentiment_of(doc);
  // "threats" folds into its lemma's entry.
  const auto *threat = item_of(r, "term:threat");
  REQUIRE(threat != nullptr);
  CHECK(threat->category == "negative-term");
  CHECK(threat->count == 2);
  REQUIRE(threat->evidence.size() == 2);
  CHECK(text_of(doc, threat->evidence[0]) == "threats");
  const auto *peace = item_of(r, "term:peace");
  REQUIRE(peace != nullptr);
  CHECK(peace->category == "positive-term");
  CHECK(text_of(doc, peace->evidence[0]) == "Peace");
}

TEST_CASE("sentiment: multi-word expressions are matched as one", "[sentiment]") {
  const auto doc = make_document("Both leaders spoke of a partnership with no limits.");
  const auto r = sentiment_of(doc);
  const auto *term = item_of(r, "term:no limits");
  REQUIRE(term != nullptr);
  CHECK(text_of(doc, term->evidence[0]) == "no limits");
}

TEST_CASE("sentiment: the arc has one point per paragraph", "[sentiment]") {
  const auto doc = make_document("A wonderful start.\n\nA dull middle.\n\nA horrible, tragic end.");
  const auto r = sentiment_of(doc);
  const auto *first = item_of(r, "paragraph:1");
  const auto *last = item_of(r, "paragraph:3");
  REQUIRE(first != nullptr);
  REQUIRE(last != nullptr);
  CHECK(first->category == "arc");
  CHECK(first->weight > 0.0);
  CHECK(last->weight < 0.0);
}

TEST_CASE("sentiment: a long document does not saturate", "[sentiment][long]") {
  // The same mix of sentences, once and repeated to well over 5,000 words: the score is the
  // same and stays well inside (-1, 1), unlike a sum over all words.
  const std::string block = "The negotiators made real progress and the mood was warm. "
                            "Critics called the deal a dangerous mistake. "
                            "The delegations met again on Thursday in the capital. "
                            "Investors welcomed the news with relief. ";
  std::string long_text;
  while (long_text.size() < 40000)
    long_text += block;
  const auto short_doc = make_document(block);
  const auto long_doc = make_document(long_text);
  REQUIRE(long_doc.word_count > 5000);
  const double short_score = metric_of(sentiment_of(short_doc), "score");
  const double long_score = metric_of(sentiment_of(long_doc), "score");
  CHECK(long_score == Approx(short_score).margin(1e-6));
  CHECK(std::abs(long_score) < 0.6);
  // A long, mostly negative text is clearly negative but not pinned at -1.
  std::string grim;
  while (grim.size() < 40000)
    grim += "The war brought terrible suffering. The talks went on. ";
  const double grim_score = score_of(grim);
  CHECK(grim_score < -0.1);
  CHECK(grim_score > -0.9);
}

TEST_CASE("sentiment: an empty or wordless document scores zero", "[sentiment]") {
  CHECK(score_of("") == 0.0);
  CHECK(score_of("... !!! ???") == 0.0);
}

TEST_CASE("sentiment: texts of undetermined language are scored", "[sentiment]") {
  // The host reads short texts (a headline, a tweet) as "und"; they are mostly English, and a
  // text in another language matches few entries. Other languages stay unscored.
  const auto plugin = aspectdiff::testing::load_built_plugin("sentiment");
  CHECK(plugin->handles_language("en"));
  CHECK(plugin->handles_language("und"));
  CHECK_FALSE(plugin->handles_language("de"));
  CHECK(score_of("Great win!") > 0.05);
}
