// The reference essay: the hedges, attributions and boosters a reader sees in it are found, each
// in its sentence, and the sentence labels follow.
#include "hedging_support.hpp"

#include <fstream>
#include <sstream>

using namespace hedging_test;

namespace {

Document essay() {
  std::ifstream in(std::string(ASPECTDIFF_TEST_SOURCE_DIR) + "/samples/essay.txt",
                   std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return make_document(text.str(), "essay.txt");
}

// The class of the cue reading exactly `cue`, and the text of its sentence.
std::pair<std::string, std::string> find_cue(const Document &doc, const AspectResult &r,
                                             std::string_view cue) {
  for (const auto &item : r.items) {
    if (item.key.rfind("cue:", 0) != 0) continue;
    for (const auto &span : item.evidence) {
      if (text_of(doc, span) != cue) continue;
      const auto &sentence = doc.sentences[doc.sentence_at(span.begin)];
      return {item.category, doc.text.substr(sentence.begin, sentence.end - sentence.begin)};
    }
  }
  return {};
}

bool sentence_labelled(const Document &doc, const AspectResult &r, std::string_view label,
                       std::string_view sentence_text) {
  const auto *item = item_of(r, "sentences:" + std::string(label));
  if (item == nullptr) return false;
  for (const auto &span : item->evidence)
    if (text_of(doc, span) == sentence_text) return true;
  return false;
}

} // namespace

TEST_CASE("hedging: the essay's hedges and attributions, each with its sentence",
          "[hedging][essay]") {
  const auto doc = essay();
  const auto r = hedging_of(doc);
  struct Expected {
    std::string_view cue, cls, sentence_part, label;
  };
  const Expected expected[] = {
      {"arguably", "hedge", "arguably at its strongest point", "hedged"},
      {"appears to be", "hedge", "their goal appears to be a balance of power", "hedged"},
      {"may not necessarily", "hedge", "may not necessarily always be aligned", "hedged"},
      {"it seems like", "hedge", "it seems like Putin and Xi", "hedged"},
      {"is reported to", "attribution", "is reported to have started in 2013", "attributed"},
      {"likely", "hedge", "we are likely to see their influence", "hedged"},
      {"Fundamentally", "booster", "Fundamentally, both Putin and Xi", "boosted"},
      {"particularly striking", "booster", "particularly striking is the nature", "boosted"},
  };
  for (const auto &e : expected) {
    INFO(e.cue);
    const auto [cls, sentence] = find_cue(doc, r, e.cue);
    CHECK(cls == e.cls);
    CHECK(sentence.find(e.sentence_part) != std::string::npos);
    CHECK(sentence_labelled(doc, r, e.label, sentence));
  }
  CHECK(find_cue(doc, r, "as long as").first == "conditional");
}

TEST_CASE("hedging: the essay's plain future and plain sentences are not flagged",
          "[hedging][essay]") {
  const auto doc = essay();
  const auto r = hedging_of(doc);
  const auto cues = cues_of(doc, r);
  CHECK_FALSE(any_cue_contains(cues, "will"));
  CHECK(sentence_labelled(doc, r, "plain",
                          "They share criticisms of Western-style democracy and have adopted "
                          "autocratic styles of governance in their respective states."));
}

TEST_CASE("hedging: the essay's metrics", "[hedging][essay]") {
  const auto doc = essay();
  const auto r = hedging_of(doc);
  CHECK(metric_of(r, "hedges_per_1k") > metric_of(r, "boosters_per_1k"));
  CHECK(metric_of(r, "certainty_index") < 0.0);
  CHECK(metric_of(r, "certainty_index") > -1.0);
  CHECK(metric_of(r, "hedged_claims") >= 5);
  const auto *hedges = r.metric("hedges_per_1k");
  REQUIRE(hedges != nullptr);
  CHECK(hedges->kind == aspectdiff::model::MetricKind::rate);
  // Every sentence of the essay has words: value i is sentence i, so no index is sent.
  CHECK(hedges->sentence_index.empty());
  CHECK(hedges->sentence_values.size() == doc.sentences.size());
  // The per-sentence values average to the document's value, so the intervals the host
  // bootstraps from them bracket the document's figures.
  for (const char *name : {"hedges_per_1k", "boosters_per_1k", "certainty_index"}) {
    const auto *m = r.metric(name);
    REQUIRE(m != nullptr);
    REQUIRE_FALSE(m->sentence_values.empty());
    double sum = 0.0;
    for (const double v : m->sentence_values)
      sum += v;
    CHECK(sum / static_cast<double>(m->sentence_values.size()) == Approx(m->value).margin(1e-9));
  }
  double shares = 0.0;
  for (const char *label : {"hedged", "boosted", "attributed", "plain"})
    shares += metric_of(r, std::string(label) + "_sentences");
  CHECK(shares == Approx(1.0));
  // No actors input: the result says so.
  CHECK(std::any_of(r.notes.begin(), r.notes.end(),
                    [](const std::string &n) { return n.find("actors") != std::string::npos; }));
}
