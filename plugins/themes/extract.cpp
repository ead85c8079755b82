// Themes::extract: the analysis turned into the aspect result.
#include "analysis.hpp"
#include "key_phrases.hpp"
#include "themes_plugin.hpp"
#include "word_cache.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace aspectdiff::plugins::themes {
namespace {

// Three decimals, as std::to_chars(fixed, 3) writes them, held in the object itself (a string
// per attribute showed in profiles). std::to_chars showed too, so the common case (a
// non-negative value well away from a rounding tie) is formatted from the integer of
// thousandths; the product's error is far below the margin kept from a tie, so the digits are
// the same. Ties, large values and the rest go to std::to_chars.
class Decimal3 {
public:
  explicit Decimal3(double v) {
    if (v >= 0.0 && v < 1e6 && !std::signbit(v)) {
      const double thousandths = v * 1000.0;
      const double floor = std::floor(thousandths);
      const double fraction = thousandths - floor;
      if (std::fabs(fraction - 0.5) > 1e-6) {
        // Below 10^9 + 1: 32 bits hold it, and their divisions by ten are cheaper.
        auto q = static_cast<std::uint32_t>(floor) + (fraction > 0.5 ? 1U : 0U);
        char *p = buf_ + sizeof buf_;
        for (int d = 0; d < 3; ++d, q /= 10)
          *--p = static_cast<char>('0' + q % 10);
        *--p = '.';
        do {
          *--p = static_cast<char>('0' + q % 10);
          q /= 10;
        } while (q != 0);
        begin_ = static_cast<std::size_t>(p - buf_);
        end_ = sizeof buf_;
        return;
      }
    }
    const auto r = std::to_chars(buf_, buf_ + sizeof buf_, v, std::chars_format::fixed, 3);
    begin_ = 0;
    end_ = static_cast<std::size_t>(r.ptr - buf_);
  }
  std::string_view view() const noexcept { return {buf_ + begin_, end_ - begin_}; }

private:
  char buf_[32];
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
};

using Shares = std::vector<std::pair<std::uint32_t, double>>;

// Shares of the themes of one level: score over the level's total, themes below `min_share`
// dropped and the rest renormalised so that they sum to 1. Written into `shares`, a reused
// buffer.
void level_shares(const Taxonomy &taxonomy, const Analysis &a, bool top_level, double min_share,
                  Shares &shares) {
  shares.clear();
  double total = 0.0;
  for (std::uint32_t t = 0; t < a.themes.size(); ++t) {
    if (taxonomy.is_top_level(t) != top_level || a.themes[t].score <= 0.0) continue;
    shares.emplace_back(t, a.themes[t].score);
    total += a.themes[t].score;
  }
  if (total <= 0.0) {
    shares.clear();
    return;
  }
  std::erase_if(shares, [&](const auto &s) { return s.second / total < min_share; });
  double kept = 0.0;
  for (const auto &s : shares)
    kept += s.second;
  for (auto &s : shares)
    s.second /= kept;
  std::sort(shares.begin(), shares.end(), [](const auto &x, const auto &y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
}

// The thread's buffers, from functions the compiler does not inline: a reference bound to a
// thread_local in view is treated as the thread_local itself, so in this shared library every
// use of it (in lambdas and inlined helpers too) became a call to __tls_get_addr.
struct TopCueBuffers {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> top;    // (count, cue), `keep` per theme
  std::vector<std::uint32_t> size;                             // per theme: entries in `top`
  std::string text;                                            // every theme's list, back to back
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges; // per theme: its list in `text`
};
[[gnu::noinline]] TopCueBuffers &thread_top_cue_buffers() {
  thread_local TopCueBuffers buffers;
  return buffers;
}
[[gnu::noinline]] Analysis &thread_analysis() {
  thread_local Analysis analysis;
  return analysis;
}

// For every theme to be reported, the hand-written cues that matched for it or below it, most
// frequent first, as "a, b, c": one pass over the matched cues keeping a small top-`keep` list
// per theme in one flat buffer (a full sort of every matched cue would cost more than the rest
// of the report). Each list is kept in order, best first, so its worst entry is its last and a
// new entry moves up a place or two; `better` is a total order on distinct cues, so the lists
// are those a sort would give. They are written into one reused string, so they cost no
// allocation; the returned buffers hold them until the thread's next call.
const TopCueBuffers &top_cues(const Lexicon &lexicon, const Analysis &a, std::size_t keep,
                              const std::vector<char> &reported) {
  const auto &cues = lexicon.taxonomy().cues();
  using Hit = std::pair<std::uint32_t, std::uint32_t>; // (count, cue)
  auto better = [](const Hit &x, const Hit &y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  };
  TopCueBuffers &buffers = thread_top_cue_buffers();
  std::vector<Hit> &top = buffers.top;
  std::vector<std::uint32_t> &size = buffers.size;
  top.resize(a.themes.size() * keep);
  size.assign(a.themes.size(), 0);
  // Moves list[at] up to its place.
  auto move_up = [&](std::vector<Hit>::iterator list, std::size_t at) {
    for (; at > 0 && better(list[at], list[at - 1]); --at)
      std::swap(list[at], list[at - 1]);
  };
  // Called only for reported themes (see below) and inlined by force: as a call it cost more
  // than its usual work, one comparison with the list's worst entry.
  auto offer_cue = [&](std::uint32_t theme, Hit hit) __attribute__((always_inline)) {
    const auto list = top.begin() + static_cast<std::ptrdiff_t>(theme * keep);
    const std::size_t n = size[theme];
    const bool full = n == keep;
    // A hit no better than a full list's worst entry changes nothing (it is worse than any
    // entry with the same words too), and most hits are such: they stop here.
    if (full && !better(hit, list[static_cast<std::ptrdiff_t>(keep - 1)])) return;
    // The same words may be a cue of a theme and of one below it; list them once, at the
    // better of their counts.
    for (std::size_t h = 0; h < n; ++h)
      if (lexicon.cue_text_id(list[static_cast<std::ptrdiff_t>(h)].second) ==
          lexicon.cue_text_id(hit.second)) {
        if (better(hit, list[static_cast<std::ptrdiff_t>(h)])) {
          list[static_cast<std::ptrdiff_t>(h)] = hit;
          move_up(list, h);
        }
        return;
      }
    const std::size_t at = full ? keep - 1 : n; // the worst entry makes room when full
    list[static_cast<std::ptrdiff_t>(at)] = hit;
    if (!full) ++size[theme];
    move_up(list, at);
  };
  // Most matched cues belong to themes too small to report: they are skipped here, before the
  // call.
  for (const auto c : a.touched_cues) {
    if (keep == 0) break;
    const auto theme = cues[c].theme;
    const auto parent = lexicon.parent_of(theme);
    const bool own = reported[theme] != 0;
    const bool above = parent != no_parent && reported[parent] != 0;
    if (!own && !above) continue;
    const Hit hit{a.cue_hits[c], c};
    if (own) offer_cue(theme, hit);
    if (above) offer_cue(parent, hit);
  }
  std::string &text = buffers.text;
  text.clear();
  buffers.ranges.resize(a.themes.size());
  for (std::size_t t = 0; t < a.themes.size(); ++t) {
    const auto list = top.begin() + static_cast<std::ptrdiff_t>(t * keep);
    const auto begin = static_cast<std::uint32_t>(text.size());
    for (auto h = list; h != list + size[t]; ++h) {
      if (text.size() != begin) text += ", ";
      text += cues[h->second].text;
    }
    buffers.ranges[t] = {begin, static_cast<std::uint32_t>(text.size()) - begin};
  }
  return buffers;
}

std::string_view cue_list(const TopCueBuffers &lists, std::uint32_t theme) {
  const auto [begin, size] = lists.ranges[theme];
  return std::string_view(lists.text).substr(begin, size);
}

double normalised_entropy(const std::vector<std::pair<std::uint32_t, double>> &shares) {
  if (shares.size() < 2) return 0.0;
  double h = 0.0;
  for (const auto &s : shares)
    h -= s.second * std::log(s.second);
  return h / std::log(static_cast<double>(shares.size()));
}

// Buffers reused for every theme of every document the thread extracts, so that a theme item
// costs no allocation of its own (the host copies an item before ResultWriter::item returns).
struct ThemeScratch {
  std::vector<sdk::Span> evidence;
  std::vector<sdk::Attribute> attrs;
  std::string key;
  Shares majors;
  Shares finer;
  std::vector<char> reported; // per theme
  std::vector<sdk::Span> lead_evidence;
};
[[gnu::noinline]] ThemeScratch &thread_theme_scratch() {
  thread_local ThemeScratch scratch;
  return scratch;
}

void write_theme(const sdk::Document &doc, const Taxonomy &taxonomy, const Analysis &a,
                 std::uint32_t t, double share, std::string_view cues, ThemeScratch &scratch,
                 const sdk::ResultWriter &out) {
  const Theme &theme = taxonomy.themes()[t];
  const bool top = theme.parent == no_parent;
  auto &evidence = scratch.evidence;
  evidence.clear();
  for (const auto &b : a.themes[t].best)
    evidence.push_back(sdk::Document::span_of(doc.sentences()[b.sentence]));
  std::sort(evidence.begin(), evidence.end(),
            [](const sdk::Span &x, const sdk::Span &y) { return x.begin < y.begin; });

  std::string &key = scratch.key;
  key.assign("theme:");
  key += theme.id;
  const Decimal3 score(a.themes[t].score);
  auto &attrs = scratch.attrs;
  attrs.clear();
  attrs.push_back({"level", top ? "top" : "finer"});
  if (!top) {
    attrs.push_back({"parent", taxonomy.themes()[theme.parent].id});
    attrs.push_back({"parent_label", taxonomy.themes()[theme.parent].label});
  }
  for (const auto &[k, v] : theme.attributes)
    attrs.push_back({k, v});
  attrs.push_back({"score", score.view()});
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

void Themes::extract(const sdk::Document &doc, const sdk::Inputs &inputs,
                     const sdk::ResultWriter &out) const {
  WordCache &cache = thread_word_cache(serial_, *lexicon_);
  cache.trim();
  Analysis &a = thread_analysis();
  const auto actors = inputs.find("actors");
  if (!actors)
    out.note("the actors aspect is absent: words inside names (\"European Union\", \"Labour "
             "Party\") may count toward themes by their common-noun sense");
  const std::vector<NameRange> names = name_ranges(doc, actors);
  analyse(doc, *lexicon_, cache,
          {settings_.evidence_sentences, settings_.learned_fade,
           settings_.key_phrases == 0 ? 0 : settings_.key_phrase_max_words, names},
          a);
  const Taxonomy &taxonomy = *taxonomy_;

  ThemeScratch &scratch = thread_theme_scratch();
  const Shares &majors = scratch.majors;
  const Shares &finer = scratch.finer;
  level_shares(taxonomy, a, true, settings_.min_share, scratch.majors);
  level_shares(taxonomy, a, false, settings_.min_share, scratch.finer);
  std::vector<char> &reported = scratch.reported;
  reported.assign(a.themes.size(), 0);
  for (const auto &s : majors)
    reported[s.first] = 1;
  for (const auto &s : finer)
    reported[s.first] = 1;
  const auto &cues = top_cues(*lexicon_, a, 5, reported);
  for (const auto &[t, share] : majors)
    write_theme(doc, taxonomy, a, t, share, cue_list(cues, t), scratch, out);
  for (const auto &[t, share] : finer)
    write_theme(doc, taxonomy, a, t, share, cue_list(cues, t), scratch, out);

  const auto phrases = key_phrases(doc, a.words, a.key_runs, cache,
                                   {settings_.key_phrases, settings_.key_phrase_max_words});
  const double top_score = phrases.empty() ? 1.0 : phrases.front().score;
  std::string &key = scratch.key;
  for (const auto &p : phrases) {
    const Decimal3 score(p.score);
    const sdk::Attribute attrs[] = {{"score", score.view()}};
    key.assign("phrase:");
    key += p.key;
    out.item({.key = key,
              .label = p.label,
              .category = "key_phrase",
              .weight = p.score / top_score,
              .count = p.count,
              .attributes = attrs,
              .evidence = p.evidence});
  }

  std::vector<sdk::Span> &lead_evidence = scratch.lead_evidence;
  lead_evidence.clear();
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
