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

class CueFinder {
public:
  // Resolves the word sets the rules need; throws LexiconError when one is missing.
  explicit CueFinder(CueLexicon &lexicon);

  // Appends the cues of `doc` to `out`, in text order. `ids` is scratch space the caller keeps
  // so a document costs no allocation per token.
  void find(const sdk::Document &doc, std::vector<WordId> &ids, std::vector<Cue> &out) const;

private:
  void find_in_sentence(const sdk::Document &doc, const SentenceContext &s, std::uint32_t sentence,
                        std::vector<Cue> &out) const;
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
