// Themes::extract: the analysis turned into the aspect result.
#include "analysis.hpp"
#include "key_phrases.hpp"
#include "themes_plugin.hpp"
#include "word_cache.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aspectdiff::plugins::themes {
namespace {

std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

// Shares of the themes of one level: score over the level's total, themes below `min_share`
// dropped and the rest renormalised so that they sum to 1.
std::vector<std::pair<std::uint32_t, double>>
level_shares(const Taxonomy &taxonomy, const Analysis &a, bool top_level, double min_share) {
  std::vector<std::pair<std::uint32_t, double>> shares;
  double total = 0.0;
  for (std::uint32_t t = 0; t < a.themes.size(); ++t) {
    if (taxonomy.is_top_level(t) != top_level || a.themes[t].score <= 0.0) continue;
    shares.emplace_back(t, a.themes[t].score);
    total += a.themes[t].score;
  }
  if (total <= 0.0) return {};
  std::erase_if(shares, [&](const auto &s) { return s.second / total < min_share; });
  double kept = 0.0;
  for (const auto &s : shares)
    kept += s.second;
  for (auto &s : shares)
    s.second /= kept;
  std::sort(shares.begin(), shares.end(), [](const auto &x, const auto &y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
  return shares;
}

// For every theme, the hand-written cues that matched for it or below it, most frequent first,
// as "a, b, c": one pass over the matched cues rather than one per theme.
std::vector<std::string> top_cues(const Lexicon &lexicon, const Analysis &a, std::size_t keep) {
  const auto &cues = lexicon.taxonomy().cues();
  std::vector<std::pair<std::uint32_t, std::uint32_t>> hits; // (count, cue)
  hits.reserve(a.touched_cues.size());
  for (const auto c : a.touched_cues)
    hits.emplace_back(a.cue_hits[c], c);
  std::sort(hits.begin(), hits.end(), [](const auto &x, const auto &y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  std::vector<std::string> out(a.themes.size());
  std::vector<std::size_t> listed(a.themes.size(), 0);
  auto append = [&](std::uint32_t theme, std::string_view text) {
    if (listed[theme] == keep) return;
    auto &list = out[theme];
    // The same words may be a cue of a theme and of one below it; list them once.
    if (list == text || list.starts_with(std::string(text) + ", ") ||
        list.find(", " + std::string(text) + ",") != std::string::npos ||
        list.ends_with(", " + std::string(text)))
      return;
    if (!list.empty()) list += ", ";
    list += text;
    ++listed[theme];
  };
  for (const auto &[count, cue] : hits) {
    const auto theme = cues[cue].theme;
    append(theme, cues[cue].text);
    if (lexicon.parent_of(theme) != no_parent) append(lexicon.parent_of(theme), cues[cue].text);
  }
  return out;
}

double normalised_entropy(const std::vector<std::pair<std::uint32_t, double>> &shares) {
  if (shares.size() < 2) return 0.0;
  double h = 0.0;
  for (const auto &s : shares)
    h -= s.second * std::log(s.second);
  return h / std::log(static_cast<double>(shares.size()));
}

void write_theme(const sdk::Document &doc, const Taxonomy &taxonomy, const Analysis &a,
                 std::uint32_t t, double share, const std::string &cues,
                 const sdk::ResultWriter &out) {
  const Theme &theme = taxonomy.themes()[t];
  const bool top = theme.parent == no_parent;
  std::vector<SentenceScore> best = a.themes[t].best;
  std::sort(best.begin(), best.end(),
            [](const auto &x, const auto &y) { return x.sentence < y.sentence; });
  std::vector<sdk::Span> evidence;
  for (const auto &b : best)
    evidence.push_back(sdk::Document::span_of(doc.sentences()[b.sentence]));

  const std::string key = "theme:" + theme.id;
  const std::string score = format_number(a.themes[t].score);
  std::vector<sdk::Attribute> attrs;
  attrs.push_back({"level", top ? "top" : "finer"});
  if (!top) {
    attrs.push_back({"parent", taxonomy.themes()[theme.parent].id});
    attrs.push_back({"parent_label", taxonomy.themes()[theme.parent].label});
  }
  for (const auto &[k, v] : theme.attributes)
    attrs.push_back({k, v});
  attrs.push_back({"score", score});
  if (!cues.empty()) attrs.push_back({"cues", cues});
  out.item({.key = key,
            .label = theme.label,
            .category = top ? "major" : "theme",
            .weight = share,
            .count = a.themes[t].matches,
            .attributes = attrs,
            .evidence = evidence});
}

} // namespace

void Themes::extract(const sdk::Document &doc, const sdk::Inputs &,
                     const sdk::ResultWriter &out) const {
  WordCache &cache = thread_word_cache(serial_, *lexicon_);
  cache.trim();
  thread_local Analysis a;
  analyse(doc, *lexicon_, cache, {settings_.evidence_sentences, settings_.learned_fade}, a);
  const Taxonomy &taxonomy = *taxonomy_;

  const auto majors = level_shares(taxonomy, a, true, settings_.min_share);
  const auto finer = level_shares(taxonomy, a, false, settings_.min_share);
  const auto cues = top_cues(*lexicon_, a, 5);
  for (const auto &[t, share] : majors)
    write_theme(doc, taxonomy, a, t, share, cues[t], out);
  for (const auto &[t, share] : finer)
    write_theme(doc, taxonomy, a, t, share, cues[t], out);

  const auto phrases =
      key_phrases(doc, a.words, cache, {settings_.key_phrases, settings_.key_phrase_max_words});
  const double top_score = phrases.empty() ? 1.0 : phrases.front().score;
  for (const auto &p : phrases) {
    const std::string score = format_number(p.score);
    const sdk::Attribute attrs[] = {{"score", score}};
    out.item({.key = "phrase:" + p.key,
              .label = p.label,
              .category = "key_phrase",
              .weight = p.score / top_score,
              .count = p.count,
              .attributes = attrs,
              .evidence = p.evidence});
  }

  std::vector<sdk::Span> lead_evidence;
  if (!majors.empty())
    for (const auto &b : a.themes[majors.front().first].best)
      lead_evidence.push_back(sdk::Document::span_of(doc.sentences()[b.sentence]));
  // Metrics are filled field by field: designated initialisers that leave trailing fields out
  // trip -Wmissing-field-initializers.
  sdk::Metric lead;
  lead.name = "top_theme_share";
  lead.value = majors.empty() ? 0.0 : majors.front().second;
  lead.kind = sdk::MetricKind::proportion;
  lead.label = "share of the leading top-level theme";
  lead.evidence = lead_evidence;
  out.metric(lead);

  sdk::Metric spread;
  spread.name = "theme_spread";
  spread.value = normalised_entropy(majors);
  spread.kind = sdk::MetricKind::proportion;
  spread.label = "how evenly the top-level themes share the text (normalised entropy)";
  out.metric(spread);

  sdk::Metric density;
  density.name = "cue_density";
  density.value = doc.word_count() == 0 ? 0.0
                                        : 1000.0 * static_cast<double>(a.hand_matches) /
                                              static_cast<double>(doc.word_count());
  density.kind = sdk::MetricKind::rate;
  density.label = "theme cues per 1,000 words";
  density.sentence_values = a.sentence_cue_density;
  out.metric(density);

  sdk::Metric themed;
  themed.name = "themed_sentences";
  themed.value = doc.sentences().empty() ? 0.0
                                         : static_cast<double>(a.themed_sentences) /
                                               static_cast<double>(doc.sentences().size());
  themed.kind = sdk::MetricKind::proportion;
  themed.label = "share of sentences with a theme cue";
  out.metric(themed);
  if (majors.empty())
    out.note(doc.tokens().empty() ? "empty document: no theme"
                                  : "no theme cue matched: no theme distribution");
}

} // namespace aspectdiff::plugins::themes
