#include "analysis.hpp"

#include <algorithm>
#include <bit>
#include <limits>

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
  a.theme_matches.assign(theme_count, 0);
  a.sentence_touched.assign((theme_count + 63) / 64, 0);
  a.sentence_theme_count = 0;
}

// Where std::min_element finds a full list's lowest score (the first of equals).
std::uint32_t lowest_of(const std::vector<SentenceScore> &best) {
  return static_cast<std::uint32_t>(
      std::min_element(best.begin(), best.end(),
                       [](const auto &x, const auto &y) { return x.score < y.score; }) -
      best.begin());
}

// Adds each sentence theme to its theme's tally and keeps the `keep` highest-scoring sentences
// of each theme; a tie keeps the earlier sentence. Each theme has a bar, the score a sentence
// must beat to enter its list: minus infinity while the list has room, then its lowest entry's
// score (+infinity when no sentence is kept). A sentence below the bar (most of them) costs one
// comparison, with no look at the list.
void tally_sentence_themes(Analysis &a, std::size_t keep) {
  constexpr double infinity = std::numeric_limits<double>::infinity();
  a.lowest.resize(a.themes.size());
  a.bar.assign(a.themes.size(), keep == 0 ? infinity : -infinity);
  const double factor = a.learned_factor;
  ThemeTally *tallies = a.themes.data();
  std::uint32_t *lowest = a.lowest.data();
  double *bar = a.bar.data();
  for (std::size_t t = 0; t < a.themes.size(); ++t)
    tallies[t].matches = a.theme_matches[t];
  const SentenceTheme *st = a.sentence_themes.data();
  for (const SentenceTheme *end = st + a.sentence_theme_count; st != end; ++st) {
    const double score = st->hand + factor * st->learned;
    const std::uint32_t t = st->theme;
    ThemeTally &tally = tallies[t];
    tally.score += score;
    if (!(score > bar[t])) continue;
    auto &best = tally.best;
    if (best.size() < keep) {
      best.push_back({score, st->sentence});
      if (best.size() < keep) continue;
    } else {
      best[lowest[t]] = {score, st->sentence};
    }
    lowest[t] = lowest_of(best);
    bar[t] = best[lowest[t]].score;
  }
}

// Sums one sentence's weights per theme in dense scratch arrays; end_sentence() moves the
// themes it touched into Analysis::sentence_themes. Hand-written and learned weights are kept
// apart because how much the learned ones count depends on the whole document's cue matches,
// which are known only after the last sentence: one pass over the tokens, then one over the
// (far fewer) sentence themes. Touched themes are marked in a bit set, which costs no branch
// per match. The scratch arrays are reached through raw pointers taken once (their
// sizes are fixed for the document): through the vectors, every store of a one-byte field on
// the token path made the compiler load their data pointers again.
class SentenceSums {
public:
  SentenceSums(const Lexicon &lexicon, Analysis &a)
      : lexicon_(lexicon), a_(a), hand_(a.sentence_hand.data()),
        learned_(a.sentence_learned.data()), matches_(a.theme_matches.data()),
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

  // Written through a pointer into a buffer with room for every theme (a sentence touches
  // each at most once): push_back's checks cost more than the copy.
  void end_sentence(std::uint32_t sentence) {
    auto &buffer = a_.sentence_themes;
    const std::size_t themes = a_.sentence_hand.size();
    if (buffer.size() - a_.sentence_theme_count < themes)
      buffer.resize(std::max(2 * buffer.size(), a_.sentence_theme_count + themes));
    SentenceTheme *const first = buffer.data() + a_.sentence_theme_count;
    SentenceTheme *out = first;
    const std::size_t words = a_.sentence_touched.size();
    for (std::size_t w = 0; w < words; ++w) {
      for (std::uint64_t bits = touched_[w]; bits != 0; bits &= bits - 1) {
        const auto t =
            static_cast<std::uint32_t>(64 * w) + static_cast<std::uint32_t>(std::countr_zero(bits));
        *out++ = {sentence, t, hand_[t], learned_[t]};
        hand_[t] = 0.0;
        learned_[t] = 0.0;
      }
      touched_[w] = 0;
    }
    a_.sentence_theme_count += static_cast<std::size_t>(out - first);
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
  std::uint64_t *matches_; // per theme, for the whole document
  std::uint64_t *touched_;
  std::uint32_t *cue_hits_;
};

// What the token's normalised form resolves to, the form taken as Document::norm gives it but
// without the check that throws: a token whose range does not fit the buffer (a malformed
// document) reads as an empty word. The check and the view's rebuilding had been the token
// loop's slowest part. Inlined by force: GCC made it a call, with the loop's registers spilled
// around it.
[[gnu::always_inline]] inline const WordInfo &
lookup_norm(WordCache &cache, aspectdiff_str normalised, const sdk::Token &t) {
  if (t.norm_end > normalised.size || t.norm_begin > t.norm_end) return cache.lookup({});
  return cache.lookup({normalised.data + t.norm_begin, std::size_t{t.norm_end - t.norm_begin}},
                      normalised.size - t.norm_begin);
}

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

// What a number or a punctuation mark counts as: no cue, no stem.
constexpr WordInfo no_word{};

// The record of token t, for a token outside every sentence.
TokenWord resolve(WordCache &cache, aspectdiff_str normalised, const sdk::Token &t) {
  if (!sdk::has(t, ASPECTDIFF_TOKEN_WORD)) return {};
  const WordInfo &w = lookup_norm(cache, normalised, t);
  return {w.entry, w.stem};
}

} // namespace

void analyse(const sdk::Document &doc, const Lexicon &lexicon, WordCache &cache,
             const AnalysisOptions &options, Analysis &out) {
  const auto &taxonomy = lexicon.taxonomy();
  reset(out, taxonomy.themes().size(), taxonomy.cues().size());
  const auto tokens = doc.tokens();
  // Not cleared first: resizing then writes only the slots past the last document's size, and
  // every slot is written below.
  out.words.resize(tokens.size());
  out.scan_tokens.resize(tokens.size());
  // Raw pointers from here on: see SentenceSums.
  TokenWord *words = out.words.data();
  std::uint32_t *scan_tokens = out.scan_tokens.data();
  const std::size_t token_count = out.words.size();
  const sdk::Token *token = tokens.data();
  const aspectdiff_str normalised = doc.raw().normalised;

  const auto sentences = doc.sentences();
  SentenceSums sums(lexicon, out);
  const LearnedTarget *targets = lexicon.learned_targets().data();
  out.sentence_cue_density.reserve(sentences.size());
  out.key_runs.reserve(token_count);
  const auto max_run = static_cast<std::uint32_t>(options.key_phrase_max_words);
  std::size_t resolved = 0; // tokens before this one have their record
  const std::span<const NameRange> names = options.names;
  std::size_t next_name = 0; // the first name that ends after the token being scanned
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const auto &sentence = sentences[s];
    const std::size_t first = std::min<std::size_t>(sentence.first, token_count);
    const std::size_t end = std::min(std::size_t{sentence.first} + sentence.count, token_count);
    for (; resolved < first; ++resolved) // tokens between sentences: no sums, but a record
      words[resolved] = resolve(cache, normalised, token[resolved]);
    // One walk over the sentence resolves each word and finds its key-phrase runs, noting the
    // tokens that start a cue or carry learned weights; a second walk over those adds the
    // weights and matches the cues, when the words a phrase looks ahead to are known. The
    // first walk, over every token, so keeps few values live (with the per-theme sums in it,
    // GCC spilled its token pointer). Hand-written and learned weights are summed apart, in
    // token order each, so the sums are those of a token-by-token walk.
    std::uint32_t words_in_sentence = 0;
    std::uint32_t run_begin = sentence.first;
    std::uint32_t run_size = 0;
    std::size_t scan_count = 0;
    for (std::size_t i = first; i < end; ++i) {
      // The fields are read from the cached record, not from a local copy: GCC kept such a copy
      // on the stack and moved it byte by byte.
      const sdk::Token &t = token[i];
      const WordInfo &w =
          sdk::has(t, ASPECTDIFF_TOKEN_WORD) ? lookup_norm(cache, normalised, t) : no_word;
      const bool key_word = w.key_word && t.end - t.begin >= 2; // no stray initials
      words[i] = {w.entry, w.stem};
      if (w.kind != WordKind::other) ++words_in_sentence;
      if (!key_word) {
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
      if (w.scan) scan_tokens[scan_count++] = static_cast<std::uint32_t>(i);
    }
    resolved = std::max(resolved, end);
    if (run_size != 0) out.key_runs.push_back({run_begin, run_size});

    std::uint32_t hand = 0;
    std::size_t cue_free_until = first; // tokens inside a matched phrase start no cue
    for (std::size_t k = 0; k < scan_count; ++k) {
      const std::size_t i = scan_tokens[k];
      while (next_name < names.size() && names[next_name].end <= i)
        ++next_name;
      const bool in_name = next_name < names.size() && names[next_name].first <= i;
      const std::uint32_t id = words[i].entry;
      const bool in_phrase = i < cue_free_until; // matched as part of an earlier token's phrase
      // Longest phrase first: "Power of Siberia" counts once, for pipelines, not for "power".
      const Phrase *p = in_phrase || !lexicon.has_cues(id)
                            ? nullptr
                            : match_phrase(lexicon.entry(id), words, i, end);
      // A name's word adds no learned weight, unless a phrase cue takes it in ("Al Qaeda").
      if (!in_name || in_phrase || p != nullptr) {
        const auto [learned_begin, learned_end] = lexicon.learned_range(id);
        for (auto l = learned_begin; l < learned_end; ++l)
          sums.add_learned(targets[l].theme, targets[l].weight);
      }
      if (in_phrase || !lexicon.has_cues(id)) continue;
      const auto &entry = lexicon.entry(id);
      if (p != nullptr) {
        for (const auto &c : p->contributions)
          sums.add_hand(c);
        cue_free_until = i + p->rest.size() + 1;
        ++hand;
      } else if (!in_name && !entry.single.empty()) { // a name's word is not its common noun
        for (const auto &c : entry.single)
          sums.add_hand(c);
        ++hand;
      }
    }
    sums.end_sentence(s);
    out.hand_matches += hand;
    if (hand > 0) ++out.themed_sentences;
    out.sentence_cue_density.push_back(words_in_sentence == 0 ? 0.0
                                                              : 1000.0 * hand / words_in_sentence);
  }
  for (; resolved < token_count; ++resolved)
    words[resolved] = resolve(cache, normalised, token[resolved]);

  out.learned_factor =
      options.learned_fade <= 0.0
          ? 1.0
          : options.learned_fade / (options.learned_fade + static_cast<double>(out.hand_matches));
  tally_sentence_themes(out, options.evidence);
}

} // namespace aspectdiff::plugins::themes
