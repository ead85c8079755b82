// One pass over a document's tokens that resolves every word through the lexicon, matches cues
// (longest phrase first, within a sentence) and accumulates each theme's score, its matches and
// its best sentences. Buffers are reused across documents by the calling thread.
#pragma once

#include "lexicon.hpp"
#include "name_mask.hpp"
#include "word_cache.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace aspectdiff::plugins::themes {

// What later steps need of a token: the phrase matcher its lexicon entry, key phrases its stem
// (no_entry and 0 for numbers and punctuation). The rest of its word's WordInfo is used while
// the token is read and not stored: eight bytes per token to write.
struct TokenWord {
  std::uint32_t entry = no_entry;
  std::uint32_t stem = 0;
};

// One theme's share of one sentence, kept until the document's learned factor is known.
struct SentenceTheme {
  std::uint32_t sentence = 0;
  std::uint32_t theme = 0;
  double hand = 0.0;    // hand-written cue weights
  double learned = 0.0; // learned weights, before the learned factor
};

// A sentence and how much it says for one theme.
struct SentenceScore {
  double score = 0.0;
  std::uint32_t sentence = 0;
};

// A run of key words (WordInfo::key_word, of tokens of two bytes or more) within a sentence, ended
// by any other token and cut every `key_phrase_max_words` words: one occurrence of a key-phrase
// candidate. Found in the same pass as the cues, so key phrases need no walk of their own over the
// tokens.
struct KeyRun {
  std::uint32_t begin = 0; // token index
  std::uint32_t size = 0;  // words
};

struct ThemeTally {
  double score = 0.0;              // own cues plus, for a top-level theme, its finer themes' cues
  std::uint64_t matches = 0;       // cue matches and learned-stem occurrences behind `score`
  std::vector<SentenceScore> best; // the highest-scoring sentences, at most `evidence` of them
};

struct Analysis {
  std::vector<TokenWord> words;             // one per token
  std::vector<ThemeTally> themes;           // one per taxonomy theme
  std::vector<std::uint32_t> cue_hits;      // per hand-written cue
  std::vector<std::uint32_t> touched_cues;  // cues with hits, to reset and to report
  std::vector<KeyRun> key_runs;             // in text order
  std::vector<double> sentence_cue_density; // hand-written cue matches per 1,000 words
  std::uint32_t themed_sentences = 0;       // sentences with a hand-written cue
  std::uint64_t hand_matches = 0;
  double learned_factor = 1.0; // what learned weights were multiplied by

  // Scratch: one sentence's per-theme sums, and every sentence's themes.
  std::vector<double> sentence_hand;
  std::vector<double> sentence_learned;
  std::vector<std::uint64_t> sentence_touched; // bit set over themes
  // Per theme, its matches in the document: counted as they are found, as only the document's
  // total is reported.
  std::vector<std::uint64_t> theme_matches;
  // Every sentence's themes: the first sentence_theme_count entries are this document's.
  std::vector<SentenceTheme> sentence_themes;
  std::size_t sentence_theme_count = 0;
  std::vector<std::uint32_t> lowest; // per theme with a full `best`: where its lowest entry is
  std::vector<double> bar;           // per theme: the score a sentence must beat to enter `best`
  std::vector<std::uint32_t> scan_tokens; // one sentence's tokens with WordInfo::scan
};

struct AnalysisOptions {
  std::size_t evidence = 3; // best sentences kept per theme
  // Learned weights count fade / (fade + hand-written cue matches in the document): fully in a
  // headline, little in an article whose cues already speak (0: always fully). See README.md.
  double learned_fade = 8.0;
  std::size_t key_phrase_max_words = 3; // 0: find no key-phrase runs
  // Recognised names (name_mask.hpp), sorted: their words add no learned weight and match no
  // single-word cue; phrase cues still match.
  std::span<const NameRange> names = {};
};

void analyse(const sdk::Document &doc, const Lexicon &lexicon, WordCache &cache,
             const AnalysisOptions &options, Analysis &out);

} // namespace aspectdiff::plugins::themes
