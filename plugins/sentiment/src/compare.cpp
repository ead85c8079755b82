// SentimentPlugin::compare: where two documents differ in sentiment, and why.
//   - the difference of document scores, with a bootstrap interval;
//   - the two arcs side by side, in fifths of each text;
//   - the stance toward each actor, A beside B (stance_compare.hpp), first;
//   - a word shift: the words and expressions that make B more negative or positive than A.
#include "bootstrap.hpp"
#include "sentiment_plugin.hpp"
#include "stance_compare.hpp"
#include "summary.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <unordered_map>

namespace aspectdiff::plugins::sentiment {

namespace {

constexpr std::size_t arc_parts = 5;
constexpr std::size_t word_shift_terms = 8;
constexpr std::size_t quotes_per_side = 3;

const aspectdiff_metric *find_metric(const sdk::ResultView &r, std::string_view name) {
  for (const auto &m : r.metrics())
    if (sdk::view(m.name) == name) return &m;
  return nullptr;
}

std::span<const sdk::Span> metric_evidence(const aspectdiff_metric *m) {
  if (m == nullptr) return {};
  return {m->evidence, m->evidence_count};
}

// Mean sentence score in each of `parts` equal shares of the scored sentences.
std::vector<double> arc_in_parts(const SentenceSeries &series, std::size_t parts) {
  std::vector<double> arc(parts, 0.0);
  const std::size_t n = series.values.size();
  if (n == 0) return arc;
  for (std::size_t p = 0; p < parts; ++p) {
    std::size_t from = p * n / parts, to = (p + 1) * n / parts;
    if (to <= from) to = std::min(n, from + 1);
    double total = 0.0;
    for (std::size_t i = from; i < to; ++i)
      total += series.values[i];
    arc[p] = total / static_cast<double>(to - from);
  }
  return arc;
}

// The most extreme sentence within part `p` of a series.
std::vector<sdk::Span> extreme_in_part(const sdk::Document &doc, const SentenceSeries &series,
                                       std::size_t p, std::size_t parts) {
  const std::size_t n = series.values.size();
  if (n == 0) return {};
  std::size_t from = p * n / parts, to = std::max((p + 1) * n / parts, from + 1);
  to = std::min(to, n);
  std::size_t best = from;
  for (std::size_t i = from; i < to; ++i)
    if (std::abs(series.values[i]) > std::abs(series.values[best])) best = i;
  return {sdk::Document::span_of(doc.sentences()[series.index[best]])};
}

std::string arc_text(const std::vector<double> &arc) {
  std::string s;
  for (const double v : arc) {
    if (!s.empty()) s += ' ';
    s += signed_number(v);
  }
  return s;
}

// Sentences that hold a term's occurrences, in text order, without repeats.
std::vector<sdk::Span> term_sentences(const sdk::Document &doc, const Analysis &analysis,
                                      const TermTotal *t) {
  std::vector<sdk::Span> spans;
  if (t == nullptr) return spans;
  for (const auto h : t->hits) {
    const auto span = sdk::Document::span_of(doc.sentences()[analysis.hits[h].sentence]);
    if (spans.empty() || spans.back().begin != span.begin) spans.push_back(span);
    if (spans.size() >= quotes_per_side) break;
  }
  return spans;
}

} // namespace

void SentimentPlugin::compare(const sdk::Document &a, const sdk::ResultView &ra,
                              const sdk::Document &b, const sdk::ResultView &rb,
                              const sdk::CompareWriter &out) const {
  Analysis analysis_a, analysis_b;
  scorer_.analyse(a, analysis_a);
  scorer_.analyse(b, analysis_b);
  const SentenceSeries series_a = sentence_series(analysis_a);
  const SentenceSeries series_b = sentence_series(analysis_b);

  // 1. The stance toward each actor, A beside B: what differs comes first.
  const double actor_gap = compare_stance(a, ra, b, rb, out);

  // 2. Document scores and their difference.
  const double delta = series_b.mean - series_a.mean;
  if (!out.similarity_only()) { // the interval serves the finding only
    const Interval interval = bootstrap_mean_difference(series_a.values, series_b.values);
    std::string label;
    if (interval.low <= 0.0 && interval.high >= 0.0)
      label = "A and B are not told apart in overall sentiment: ";
    else
      label = delta < 0.0 ? "B is more negative than A: " : "B is more positive than A: ";
    label += "score A " + signed_number(series_a.mean) + ", B " + signed_number(series_b.mean) +
             "; difference " + signed_number(delta) + " (95% interval " +
             signed_number(interval.low) + " to " + signed_number(interval.high) + ")";
    out.finding({.key = "score",
                 .label = label,
                 .category = "score",
                 .value_a = series_a.mean,
                 .value_b = series_b.mean,
                 // Standardised like the stance rows: the difference over its standard error.
                 .magnitude = std::abs(delta) / std::max(interval.standard_error, 1e-3),
                 .evidence_a = metric_evidence(find_metric(ra, "score")),
                 .evidence_b = metric_evidence(find_metric(rb, "score"))});
  }

  // 3. Arcs side by side.
  const auto arc_a = arc_in_parts(series_a, arc_parts);
  const auto arc_b = arc_in_parts(series_b, arc_parts);
  double arc_gap = 0.0;
  std::size_t widest = 0;
  for (std::size_t p = 0; p < arc_parts; ++p) {
    const double gap = std::abs(arc_b[p] - arc_a[p]);
    arc_gap += gap / arc_parts;
    if (gap > std::abs(arc_b[widest] - arc_a[widest])) widest = p;
  }
  {
    const std::string label = "Arc by fifths of the text: A " + arc_text(arc_a) + "; B " +
                              arc_text(arc_b) + " (widest gap in fifth " +
                              std::to_string(widest + 1) + ")";
    const auto ev_a = extreme_in_part(a, series_a, widest, arc_parts);
    const auto ev_b = extreme_in_part(b, series_b, widest, arc_parts);
    out.finding({.key = "arc",
                 .label = label,
                 .category = "arc",
                 .value_a = arc_a[widest],
                 .value_b = arc_b[widest],
                 .magnitude = arc_gap,
                 .evidence_a = ev_a,
                 .evidence_b = ev_b});
  }

  // 4. Word shift: each term's contribution per scored sentence, B minus A. Their sum is the
  // difference of mean sentence valence, so the list says which words make the difference.
  if (!out.similarity_only()) { // findings only
    const auto totals_a = term_totals(analysis_a), totals_b = term_totals(analysis_b);
    std::unordered_map<std::uint32_t, std::pair<const TermTotal *, const TermTotal *>> by_label;
    for (const auto &t : totals_a)
      by_label[t.label].first = &t;
    for (const auto &t : totals_b)
      by_label[t.label].second = &t;
    const double na = std::max<double>(1.0, static_cast<double>(series_a.values.size()));
    const double nb = std::max<double>(1.0, static_cast<double>(series_b.values.size()));
    struct Shift {
      std::uint32_t label;
      double per_a, per_b, shift;
    };
    std::vector<Shift> shifts;
    for (const auto &[label, pair] : by_label) {
      const double per_a = pair.first ? pair.first->sum / na : 0.0;
      const double per_b = pair.second ? pair.second->sum / nb : 0.0;
      shifts.push_back({label, per_a, per_b, per_b - per_a});
    }
    std::stable_sort(shifts.begin(), shifts.end(), [](const Shift &x, const Shift &y) {
      if (std::abs(x.shift) != std::abs(y.shift)) return std::abs(x.shift) > std::abs(y.shift);
      return x.label < y.label;
    });
    for (std::size_t k = 0; k < shifts.size() && k < word_shift_terms; ++k) {
      const auto &s = shifts[k];
      if (s.shift == 0.0) break;
      const auto term = lexicon_.label(s.label);
      const auto &pair = by_label[s.label];
      const std::string key = "word-shift:" + std::string(term);
      const std::string label = "\"" + std::string(term) + "\" makes B more " +
                                (s.shift < 0.0 ? "negative" : "positive") + " than A (" +
                                signed_number(s.per_b * 100.0) + " vs " +
                                signed_number(s.per_a * 100.0) + " valence per 100 sentences)";
      const auto ev_a = term_sentences(a, analysis_a, pair.first);
      const auto ev_b = term_sentences(b, analysis_b, pair.second);
      out.finding({.key = key,
                   .label = label,
                   .category = "word-shift",
                   .value_a = s.per_a,
                   .value_b = s.per_b,
                   .magnitude = std::abs(s.shift),
                   .evidence_a = ev_a,
                   .evidence_b = ev_b});
    }
  }

  // Similarity: 1 minus a weighted distance; each part saturates at a difference a reader
  // would call large (half a point of score, of arc, or 0.8 for actors).
  const double distance = 0.5 * std::min(1.0, std::abs(delta) / 0.5) +
                          0.25 * std::min(1.0, arc_gap / 0.5) +
                          0.25 * std::min(1.0, actor_gap / 0.8);
  out.similarity(std::clamp(1.0 - distance, 0.0, 1.0));
}

} // namespace aspectdiff::plugins::sentiment
