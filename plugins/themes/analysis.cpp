#include "analysis.hpp"

#include <algorithm>
#include <bit>

namespace aspectdiff::plugins::themes {
namespace {

void reset(Analysis &a, std::size_t theme_count, std::size_t cue_count) {
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
  a.key_runs.clear();
  a.sentence_cue_density.clear();
  a.themed_sentences = 0;
  a.hand_matches = 0;
  a.sentence_hand.assign(theme_count, 0.0);
  a.sentence_learned.assign(theme_count, 0.0);
  a.sentence_matches.assign(theme_count, 0);
  a.sentence_touched.assign((theme_count + 63) / 64, 0);
  a.sentence_themes.clear();
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

// Sums one sentence's matches per theme in dense scratch arrays; end_sentence() moves the
// themes it touched into Analysis::sentence_themes. Hand-written and learned weights are kept
// apart because how much the learned ones count depends on the whole document's cue matches,
// which are known only after the last sentence: one pass over the tokens, then one over the
// (far fewer) sentence themes. Touched themes are marked in a bit set, which costs no branch
// on the per-token path. The scratch arrays are reached through raw pointers taken once (their
// sizes are fixed for the document): through the vectors, every store of a one-byte field on
// the token path made the compiler load their data pointers again.
class SentenceSums {
public:
  SentenceSums(const Lexicon &lexicon, Analysis &a)
      : lexicon_(lexicon), a_(a), hand_(a.sentence_hand.data()),
        learned_(a.sentence_learned.data()), matches_(a.sentence_matches.data()),
        touched_(a.sentence_touched.data()), cue_hits_(a.cue_hits.data()) {}

  void add_learned(std::uint32_t theme, float weight) {
    touch(theme);
    learned_[theme] += static_cast<double>(weight);
  }

  // Inlined by force: as a call (GCC's choice) it cost more than its own work.
  [[gnu::always_inline]] void add_hand(const Contribution &c) {
    touch(c.theme);
    hand_[c.theme] += static_cast<double>(c.weight);
    const auto parent = lexicon_.parent_of(c.theme);
    if (parent != no_parent) {
      touch(parent);
      hand_[parent] += static_cast<double>(c.weight);
    }
    if (cue_hits_[c.cue]++ == 0) a_.touched_cues.push_back(c.cue);
  }

  void end_sentence(std::uint32_t sentence) {
    for (std::size_t w = 0; w < a_.sentence_touched.size(); ++w) {
      for (std::uint64_t bits = touched_[w]; bits != 0; bits &= bits - 1) {
        const auto t =
            static_cast<std::uint32_t>(64 * w) + static_cast<std::uint32_t>(std::countr_zero(bits));
        a_.sentence_themes.push_back({sentence, t, matches_[t], hand_[t], learned_[t]});
        hand_[t] = 0.0;
        learned_[t] = 0.0;
        matches_[t] = 0;
      }
      touched_[w] = 0;
    }
  }

private:
  void touch(std::uint32_t theme) {
    ++matches_[theme];
    touched_[theme >> 6] |= std::uint64_t{1} << (theme & 63);
  }

  const Lexicon &lexicon_;
  Analysis &a_;
  double *hand_;
  double *learned_;
  std::uint32_t *matches_;
  std::uint64_t *touched_;
  std::uint32_t *cue_hits_;
};

// The longest phrase starting at token i (within the sentence ending before `end`), or null.
const Phrase *match_phrase(const LexEntry &entry, const TokenWord *words, std::size_t i,
                           std::size_t end) {
  if (i + 1 >= end) return nullptr;
  const auto next = words[i + 1].entry;
  if (next == no_entry) return nullptr;
  for (std::size_t k = 0; k < entry.seconds.size(); ++k) {
    if (entry.seconds[k] != next) continue;
    const Phrase &p = entry.phrases[k];
    if (i + p.rest.size() >= end) continue;
    bool all = true;
    for (std::size_t r = 1; r < p.rest.size() && all; ++r)
      all = words[i + 1 + r].entry == p.rest[r];
    if (all) return &p;
  }
  return nullptr;
}

} // namespace

void analyse(const sdk::Document &doc, const Lexicon &lexicon, WordCache &cache,
             const AnalysisOptions &options, Analysis &out) {
  const auto &taxonomy = lexicon.taxonomy();
  reset(out, taxonomy.themes().size(), taxonomy.cues().size());
  const auto tokens = doc.tokens();
  // Not cleared first: resizing then writes only the slots past the last document's size, and
  // the loop below writes every slot.
  out.words.resize(tokens.size());
  // Raw pointers from here on: see SentenceSums.
  TokenWord *words = out.words.data();
  const std::size_t token_count = out.words.size();
  for (std::size_t i = 0; i < token_count; ++i) {
    const auto &t = tokens[i];
    if (!sdk::has(t, ASPECTDIFF_TOKEN_WORD)) { // numbers, punctuation: no cue, no stem
      words[i] = TokenWord{};
      continue;
    }
    const WordInfo &info = cache.lookup(doc.norm(t));
    words[i] = {info.entry,
                info.stem,
                info.learned_begin,
                info.learned_end,
                info.stop ? WordKind::stop : WordKind::content,
                !info.stop && t.end - t.begin >= 2, // no stray initials in key phrases
                info.cues};
  }

  const auto sentences = doc.sentences();
  SentenceSums sums(lexicon, out);
  const LearnedTarget *targets = lexicon.learned_targets().data();
  out.sentence_cue_density.reserve(sentences.size());
  out.key_runs.reserve(token_count);
  const auto max_run = static_cast<std::uint32_t>(options.key_phrase_max_words);
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const auto &sentence = sentences[s];
    const std::size_t end = std::min(std::size_t{sentence.first} + sentence.count, token_count);
    std::uint32_t hand = 0;
    std::uint32_t words_in_sentence = 0;
    std::size_t cue_free_until = sentence.first; // tokens inside a matched phrase start no cue
    std::uint32_t run_begin = sentence.first;
    std::uint32_t run_size = 0;
    for (std::size_t i = sentence.first; i < end; ++i) {
      const TokenWord &w = words[i];
      if (w.kind != WordKind::other) ++words_in_sentence;
      if (!w.key_word) {
        if (run_size != 0) out.key_runs.push_back({run_begin, run_size});
        run_size = 0;
      } else if (max_run != 0) {
        if (run_size == max_run) {
          out.key_runs.push_back({run_begin, run_size});
          run_size = 0;
        }
        if (run_size == 0) run_begin = static_cast<std::uint32_t>(i);
        ++run_size;
      }
      for (auto k = w.learned_begin; k < w.learned_end; ++k)
        sums.add_learned(targets[k].theme, targets[k].weight);
      if (!w.cues || i < cue_free_until) continue;
      const auto id = w.entry;
      // Longest phrase first: "Power of Siberia" counts once, for pipelines, not for "power".
      const auto &entry = lexicon.entry(id);
      if (const Phrase *p = match_phrase(entry, words, i, end)) {
        for (const auto &c : p->contributions)
          sums.add_hand(c);
        cue_free_until = i + p->rest.size() + 1;
        ++hand;
      } else if (!entry.single.empty()) {
        for (const auto &c : entry.single)
          sums.add_hand(c);
        ++hand;
      }
    }
    if (run_size != 0) out.key_runs.push_back({run_begin, run_size});
    sums.end_sentence(s);
    out.hand_matches += hand;
    if (hand > 0) ++out.themed_sentences;
    out.sentence_cue_density.push_back(words_in_sentence == 0 ? 0.0
                                                              : 1000.0 * hand / words_in_sentence);
  }

  out.learned_factor =
      options.learned_fade <= 0.0
          ? 1.0
          : options.learned_fade / (options.learned_fade + static_cast<double>(out.hand_matches));
  for (const auto &st : out.sentence_themes) {
    const double score = st.hand + out.learned_factor * st.learned;
    auto &tally = out.themes[st.theme];
    tally.score += score;
    tally.matches += st.matches;
    offer(tally.best, options.evidence, {score, st.sentence});
  }
}

} // namespace aspectdiff::plugins::themes
