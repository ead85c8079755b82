#include "analysis.hpp"

#include <algorithm>

namespace aspectdiff::plugins::themes {
namespace {

void reset(Analysis &a, std::size_t theme_count, std::size_t cue_count) {
  a.words.clear();
  a.themes.resize(theme_count);
  for (auto &t : a.themes) {
    t.score = 0.0;
    t.matches = 0;
    t.best.clear();
  }
  if (a.cue_hits.size() != cue_count) a.cue_hits.assign(cue_count, 0);
  for (const auto c : a.touched_cues)
    a.cue_hits[c] = 0;
  a.touched_cues.clear();
  a.sentence_cue_density.clear();
  a.themed_sentences = 0;
  a.hand_matches = 0;
  a.sentence_theme.assign(theme_count, 0.0);
  a.sentence_matches.assign(theme_count, 0);
  a.sentence_touched.clear();
}

// Keeps the `keep` highest-scoring sentences; a tie keeps the earlier sentence.
void offer(std::vector<SentenceScore> &best, std::size_t keep, SentenceScore s) {
  if (keep == 0) return;
  if (best.size() < keep) {
    best.push_back(s);
    return;
  }
  auto lowest = std::min_element(best.begin(), best.end(),
                                 [](const auto &x, const auto &y) { return x.score < y.score; });
  if (s.score > lowest->score) *lowest = s;
}

// Adds matches into the current sentence's per-theme scratch; end_sentence() folds the
// sentence into the document's tallies, so a match costs two array updates.
class Accumulator {
public:
  Accumulator(const Lexicon &lexicon, Analysis &a) : lexicon_(lexicon), a_(a) {}

  void add(const Contribution &c, double factor = 1.0) {
    const double weight = c.weight * factor;
    add_to(c.theme, weight);
    const auto parent = lexicon_.parent_of(c.theme);
    if (parent != no_parent) add_to(parent, weight);
    if (c.cue != learned_cue) {
      if (a_.cue_hits[c.cue]++ == 0) a_.touched_cues.push_back(c.cue);
    }
  }

  void end_sentence(std::uint32_t sentence, std::size_t keep) {
    for (const auto t : a_.sentence_touched) {
      auto &tally = a_.themes[t];
      tally.score += a_.sentence_theme[t];
      tally.matches += a_.sentence_matches[t];
      offer(tally.best, keep, {a_.sentence_theme[t], sentence});
      a_.sentence_theme[t] = 0.0;
      a_.sentence_matches[t] = 0;
    }
    a_.sentence_touched.clear();
  }

private:
  void add_to(std::uint32_t theme, double weight) {
    if (a_.sentence_matches[theme]++ == 0) a_.sentence_touched.push_back(theme);
    a_.sentence_theme[theme] += weight;
  }

  const Lexicon &lexicon_;
  Analysis &a_;
};

// The longest phrase starting at token i (within the sentence ending before `end`), or null.
const Phrase *match_phrase(const LexEntry &entry, const std::vector<TokenWord> &words,
                           std::size_t i, std::size_t end) {
  for (const auto &p : entry.phrases) {
    if (i + p.rest.size() >= end) continue;
    bool all = true;
    for (std::size_t k = 0; k < p.rest.size() && all; ++k)
      all = words[i + 1 + k].entry == p.rest[k];
    if (all) return &p;
  }
  return nullptr;
}

// Walks the hand-written cue matches of one sentence, longest phrase first, calling
// `on_match(contributions)` for each.
template <class OnMatch>
void match_cues(const Lexicon &lexicon, const std::vector<TokenWord> &words, std::size_t begin,
                std::size_t end, OnMatch &&on_match) {
  for (std::size_t i = begin; i < end;) {
    const auto id = words[i].entry;
    if (id == no_entry) {
      ++i;
      continue;
    }
    const auto &entry = lexicon.entry(id);
    if (const Phrase *p = match_phrase(entry, words, i, end)) {
      on_match(p->contributions);
      i += p->rest.size() + 1;
      continue;
    }
    if (!entry.single.empty()) on_match(entry.single);
    ++i;
  }
}

} // namespace

void analyse(const sdk::Document &doc, const Lexicon &lexicon, WordCache &cache,
             const AnalysisOptions &options, Analysis &out) {
  const std::size_t evidence = options.evidence;
  const auto &taxonomy = lexicon.taxonomy();
  reset(out, taxonomy.themes().size(), taxonomy.cues().size());
  const auto tokens = doc.tokens();
  out.words.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto &t = tokens[i];
    if (!sdk::has(t, ASPECTDIFF_TOKEN_WORD)) continue; // numbers, punctuation: no cue, no stem
    const WordInfo &info = cache.lookup(doc.norm(t));
    out.words[i] = {info.entry, info.stem, info.stop ? WordKind::stop : WordKind::content};
  }

  const auto sentences = doc.sentences();
  auto sentence_end = [&](const sdk::Segment &sentence) {
    return std::min(std::size_t{sentence.first} + sentence.count, out.words.size());
  };
  // First pass: how much the hand-written cues say, which decides how much learned weights count.
  std::uint64_t matches = 0;
  for (const auto &sentence : sentences)
    match_cues(lexicon, out.words, sentence.first, sentence_end(sentence),
               [&](const std::vector<Contribution> &) { ++matches; });
  out.learned_factor =
      options.learned_fade <= 0.0
          ? 1.0
          : options.learned_fade / (options.learned_fade + static_cast<double>(matches));

  Accumulator acc(lexicon, out);
  out.sentence_cue_density.reserve(sentences.size());
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const auto &sentence = sentences[s];
    const std::size_t end = sentence_end(sentence);
    std::uint32_t hand = 0;
    std::uint32_t words_in_sentence = 0;
    for (std::size_t i = sentence.first; i < end; ++i) {
      if (out.words[i].kind != WordKind::other) ++words_in_sentence;
      const auto id = out.words[i].entry;
      if (id == no_entry) continue;
      for (const auto &c : lexicon.entry(id).learned)
        acc.add(c, out.learned_factor);
    }
    match_cues(lexicon, out.words, sentence.first, end,
               [&](const std::vector<Contribution> &contributions) {
                 for (const auto &c : contributions)
                   acc.add(c);
                 ++hand;
               });
    acc.end_sentence(s, evidence);
    out.hand_matches += hand;
    if (hand > 0) ++out.themed_sentences;
    out.sentence_cue_density.push_back(words_in_sentence == 0 ? 0.0
                                                              : 1000.0 * hand / words_in_sentence);
  }
}

} // namespace aspectdiff::plugins::themes
