// Finds the cues of one document: pattern matching on word ids, the context rules, negated
// boosters turned into hedges, and adjacent hedges merged into one cue ("may not necessarily").
#pragma once

#include "cue_lexicon.hpp"
#include "sentence_context.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::hedging {

struct Cue {
  std::uint32_t first = 0; // first token (document-wide index)
  std::uint32_t end = 0;   // one past the last token
  std::uint32_t sentence = 0;
  aspectdiff_span span{};
  CueClass cls = CueClass::hedge;
  std::string_view subtype;
  double strength = 0.0;
  bool epistemic = true; // false for approximators and degree words
  std::string phrase;    // canonical form, stable across documents ("not clear", "may")
};

// A token where a clause may end (comma, "but", "although"...).
struct ClauseBreak {
  std::uint32_t token = 0;        // document-wide index
  std::uint32_t words_before = 0; // word tokens before it in its sentence
  std::uint32_t begin = 0;        // its first byte
  std::uint32_t previous_end = 0; // one past the last byte of the token before it
};

// What one pass over a document's tokens yields: the cues, where clauses may break, and how
// many words each sentence has, so no later step reads the tokens again.
struct DocumentScan {
  std::vector<Cue> cues;                       // in text order
  std::vector<ClauseBreak> breaks;             // in text order
  std::vector<std::uint32_t> words;            // per sentence: tokens that are words or numbers
  std::vector<std::uint32_t> lexical_words;    // per sentence: word tokens (not numbers)
  std::vector<aspectdiff_span> sentence_spans; // per sentence: first token's begin, last's end
};

class CueFinder {
public:
  // Resolves the word sets the rules need; throws LexiconError when one is missing.
  explicit CueFinder(CueLexicon &lexicon);

  // Scans `doc` once: one word lookup per token, into scratch space sized by the longest
  // sentence, and pattern matching only at tokens that start a pattern.
  DocumentScan find(const sdk::Document &doc) const;

private:
  void find_in_sentence(const SentenceContext &s, std::uint32_t base, std::uint32_t sentence,
                        std::span<const std::uint32_t> candidates, std::vector<Cue> &out) const;
  // The longest candidate starting at token i that matches and passes its rule; its entry and
  // end are returned through the arguments.
  bool best_match(const SentenceContext &s, std::size_t i, std::uint32_t &entry,
                  std::size_t &end) const;
  std::size_t match(const SentenceContext &s, const CueEntry &e, std::size_t element,
                    std::size_t token) const noexcept;

  const CueLexicon &lexicon_;
  RuleSets sets_;
};

} // namespace aspectdiff::plugins::hedging
