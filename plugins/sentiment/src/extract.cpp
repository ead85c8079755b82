// SentimentPlugin::extract: scores a document and writes its metrics and items.
#include "sentiment_plugin.hpp"
#include "stance_output.hpp"
#include "summary.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace aspectdiff::plugins::sentiment {

namespace {

// Predicted classes use the same thresholds as the evaluation (and as VADER does).
constexpr double class_threshold = 0.05;
// Spans quoted per term or rate: enough to read, without copying thousands for a long text
// (an item's count still says how many there are).
constexpr std::size_t max_spans = 25;

std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

// The sentences whose scores lean furthest in `direction` (+1 or -1), strongest first.
std::vector<sdk::Span> leaning_sentences(const sdk::Document &doc, const SentenceSeries &series,
                                         double direction, std::size_t limit) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < series.values.size(); ++i)
    if (series.values[i] * direction > class_threshold) order.push_back(i);
  // Only the first `limit` are quoted: select them rather than sort every sentence (a long
  // document has thousands). Ties go to the earlier sentence, as a stable sort would.
  const auto keep = static_cast<std::ptrdiff_t>(std::min(limit, order.size()));
  std::partial_sort(order.begin(), order.begin() + keep, order.end(),
                    [&](std::size_t x, std::size_t y) {
                      const double vx = series.values[x] * direction;
                      const double vy = series.values[y] * direction;
                      return vx != vy ? vx > vy : x < y;
                    });
  std::vector<sdk::Span> spans;
  for (std::size_t k = 0; k < order.size() && k < limit; ++k)
    spans.push_back(sdk::Document::span_of(doc.sentences()[series.index[order[k]]]));
  return spans;
}

void write_proportions(const sdk::Document &doc, const SentenceSeries &series,
                       const sdk::ResultWriter &out) {
  struct Class {
    const char *name;
    const char *label;
    int sign;
  };
  static constexpr Class classes[] = {
      {"positive_sentences", "Share of sentences that read as positive", 1},
      {"negative_sentences", "Share of sentences that read as negative", -1},
      {"neutral_sentences", "Share of sentences that read as neutral", 0}};
  std::vector<double> indicator(series.values.size());
  for (const auto &c : classes) {
    double total = 0.0;
    for (std::size_t i = 0; i < series.values.size(); ++i) {
      const double v = series.values[i];
      const int sign = v >= class_threshold ? 1 : (v <= -class_threshold ? -1 : 0);
      indicator[i] = sign == c.sign ? 1.0 : 0.0;
      total += indicator[i];
    }
    const auto n = static_cast<double>(series.values.size());
    const auto evidence =
        c.sign == 0 ? std::vector<sdk::Span>{} : leaning_sentences(doc, series, c.sign, 3);
    out.metric({.name = c.name,
                .value = n > 0 ? total / n : 0.0,
                .kind = sdk::MetricKind::proportion,
                .label = c.label,
                .evidence = evidence,
                .sentence_values = indicator,
                .sentence_index = series.index});
  }
}

void write_terms(const sdk::Document &doc, const Analysis &analysis, const Lexicon &lexicon,
                 std::size_t top, const sdk::ResultWriter &out) {
  auto totals = term_totals(analysis);
  double absolute = 0.0;
  for (const auto &t : totals)
    absolute += std::abs(t.sum);
  std::stable_sort(totals.begin(), totals.end(),
                   [](const TermTotal &x, const TermTotal &y) { return x.sum > y.sum; });
  auto write = [&](const TermTotal &t, bool positive) {
    std::vector<sdk::Span> spans;
    for (std::size_t k = 0; k < t.hits.size() && k < max_spans; ++k)
      spans.push_back(hit_span(doc, analysis.hits[t.hits[k]]));
    const std::string key = "term:" + std::string(lexicon.label(t.label));
    const std::string contribution = format_number(t.sum);
    const std::string valence = format_number(analysis.hits[t.hits.front()].valence);
    const sdk::Attribute attributes[] = {{"contribution", contribution},
                                         {"lexicon_valence", valence}};
    out.item({.key = key,
              .label = lexicon.label(t.label),
              .category = positive ? "positive-term" : "negative-term",
              .weight = absolute > 0.0 ? std::abs(t.sum) / absolute : 0.0,
              .count = t.count,
              .attributes = attributes,
              .evidence = spans});
  };
  for (std::size_t k = 0; k < totals.size() && k < top && totals[k].sum > 0.0; ++k)
    write(totals[k], true);
  for (std::size_t k = 0; k < totals.size() && k < top && totals[totals.size() - 1 - k].sum < 0.0;
       ++k)
    write(totals[totals.size() - 1 - k], false);
}

// The stance cues ("fails to", "too slow"), each quoted where it occurs. They weigh through the
// model's cue_* features rather than through the lexicon, so they are items of their own; the
// weight is the share of scored sentences holding the cue.
void write_stances(const sdk::Document &doc, const Analysis &analysis,
                   const sdk::ResultWriter &out) {
  std::size_t scored = 0;
  for (const auto &s : analysis.sentences)
    scored += s.words > 0;
  const auto tokens = doc.tokens();
  for (std::size_t c = 1; c <= stance_count; ++c) {
    std::vector<sdk::Span> spans;
    std::size_t count = 0, sentences = 0;
    std::uint32_t previous = static_cast<std::uint32_t>(-1);
    for (const auto &h : analysis.stances) {
      if (static_cast<std::size_t>(h.stance) != c) continue;
      ++count;
      sentences += h.sentence != previous;
      previous = h.sentence;
      if (spans.size() < max_spans)
        spans.push_back({tokens[h.first_token].begin, tokens[h.last_token].end});
    }
    if (count == 0) continue;
    const std::string key = "stance:" + std::string(stance_names[c]);
    out.item(
        {.key = key,
         .label = stance_names[c],
         .category = "stance-cue",
         .weight = scored > 0 ? static_cast<double>(sentences) / static_cast<double>(scored) : 0.0,
         .count = count,
         .attributes = {},
         .evidence = spans});
  }
}

void write_arc(const sdk::Document &doc, const Analysis &analysis, const sdk::ResultWriter &out) {
  const auto paragraphs = doc.paragraphs();
  for (std::uint32_t p = 0; p < paragraphs.size(); ++p) {
    const auto &para = paragraphs[p];
    double total = 0.0;
    std::uint32_t scored = 0, strongest = para.first;
    for (std::uint32_t s = para.first; s < para.first + para.count; ++s) {
      if (analysis.sentences[s].words == 0) continue;
      total += analysis.sentences[s].score;
      ++scored;
      if (std::abs(analysis.sentences[s].score) > std::abs(analysis.sentences[strongest].score))
        strongest = s;
    }
    if (scored == 0) continue;
    const std::string key = "paragraph:" + std::to_string(p + 1);
    const std::string label = "Paragraph " + std::to_string(p + 1);
    const std::string begin = std::to_string(para.begin), end = std::to_string(para.end);
    const sdk::Attribute attributes[] = {{"begin", begin}, {"end", end}};
    const sdk::Span evidence[] = {sdk::Document::span_of(doc.sentences()[strongest])};
    out.item({.key = key,
              .label = label,
              .category = "arc",
              .weight = total / scored,
              .count = para.count,
              .attributes = attributes,
              .evidence = evidence});
  }
}

void write_features(const Analysis &analysis, const sdk::ResultWriter &out) {
  Features mean{};
  std::size_t n = 0;
  for (const auto &s : analysis.sentences) {
    if (s.words == 0) continue;
    for (std::size_t k = 0; k < feature_count; ++k)
      mean[k] += s.features[k];
    ++n;
  }
  for (std::size_t k = 0; k < feature_count; ++k) {
    const std::string name = "feature." + std::string(feature_names[k]);
    out.metric({.name = name,
                .value = n > 0 ? mean[k] / static_cast<double>(n) : 0.0,
                .kind = sdk::MetricKind::value,
                .label = "Model input (mean over sentences)",
                .evidence = {},
                .sentence_values = {},
                .sentence_index = {}});
  }
}

} // namespace

void SentimentPlugin::extract(const sdk::Document &doc, const sdk::Inputs &inputs,
                              const sdk::ResultWriter &out) const {
  thread_local Analysis analysis;
  scorer_.analyse(doc, analysis);
  const SentenceSeries series = sentence_series(analysis);

  const auto evidence = leaning_sentences(doc, series, series.mean >= 0.0 ? 1.0 : -1.0, 3);
  out.metric({.name = "score",
              .value = series.mean,
              .kind = sdk::MetricKind::score,
              .label = "Overall sentiment: mean sentence score, -1 (negative) to +1 (positive)",
              .evidence = evidence,
              .sentence_values = series.values,
              .sentence_index = series.index});
  write_proportions(doc, series, out);

  // The strongest contributions of each polarity are the evidence of the two rates.
  std::vector<std::uint32_t> positive_hits, negative_hits;
  for (std::uint32_t h = 0; h < analysis.hits.size(); ++h)
    (analysis.hits[h].contribution > 0.0f ? positive_hits : negative_hits).push_back(h);
  auto strongest = [&](std::vector<std::uint32_t> &hits) {
    const auto keep = std::min(hits.size(), max_spans);
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(keep), hits.end(),
                      [&](std::uint32_t x, std::uint32_t y) {
                        return std::abs(analysis.hits[x].contribution) >
                               std::abs(analysis.hits[y].contribution);
                      });
    std::vector<sdk::Span> spans;
    for (std::size_t k = 0; k < keep; ++k)
      spans.push_back(hit_span(doc, analysis.hits[hits[k]]));
    return spans;
  };
  const std::size_t positive_count = positive_hits.size(), negative_count = negative_hits.size();
  const auto positive_spans = strongest(positive_hits);
  const auto negative_spans = strongest(negative_hits);
  const double per_thousand = doc.word_count() > 0 ? 1000.0 / doc.word_count() : 0.0;
  out.metric({.name = "positive_terms",
              .value = static_cast<double>(positive_count) * per_thousand,
              .kind = sdk::MetricKind::rate,
              .label = "Positive words and expressions per 1,000 words",
              .evidence = positive_spans,
              .sentence_values = {},
              .sentence_index = {}});
  out.metric({.name = "negative_terms",
              .value = static_cast<double>(negative_count) * per_thousand,
              .kind = sdk::MetricKind::rate,
              .label = "Negative words and expressions per 1,000 words",
              .evidence = negative_spans,
              .sentence_values = {},
              .sentence_index = {}});
  if (settings_.emit_features) write_features(analysis, out);

  write_terms(doc, analysis, lexicon_, settings_.top_terms, out);
  write_stances(doc, analysis, out);
  write_arc(doc, analysis, out);

  // Stance toward each actor: the actors aspect's actors, and the actors of interest, which
  // are always reported (found by name when the actors result does not list them).
  std::vector<ActorMentions> actors;
  const auto found = inputs.find("actors");
  if (found) {
    for (const auto &item : found->items()) {
      const auto spans = sdk::ResultView::evidence(item);
      actors.push_back({.key = std::string(sdk::view(item.key)),
                        .label = std::string(sdk::view(item.label)),
                        .category = std::string(sdk::view(item.category)),
                        .spans = {spans.begin(), spans.end()},
                        .of_interest = false,
                        .state = std::string(sdk::ResultView::attribute(item, "state"))});
    }
  } else {
    out.note("No actors result was given (is the actors plugin loaded?): stance was scored only "
             "toward the actors of interest, found by name.");
  }
  for (const auto &name : settings_.actors_of_interest) {
    auto listed = std::find_if(actors.begin(), actors.end(), [&](const ActorMentions &a) {
      return names_actor(name, a.key, a.label);
    });
    if (listed != actors.end()) {
      listed->of_interest = true;
      continue;
    }
    actors.push_back({.key = "interest:" + name,
                      .label = name,
                      .category = "actor of interest",
                      .spans = find_name(doc, name),
                      .of_interest = true,
                      .state = {}});
  }
  if (actors.empty()) return;
  const auto stances =
      stance_toward(doc, analysis, target_features_, stance_model_, std::move(actors),
                    {.quoted_per_actor = settings_.actor_evidence,
                     .state_sides = !settings_.emit_target_features,
                     .keep_features = settings_.emit_target_features});
  write_actor_stances(doc, stances, settings_.actor_evidence, out);
  if (settings_.emit_target_features) write_target_features(stances, out);
}

} // namespace aspectdiff::plugins::sentiment
