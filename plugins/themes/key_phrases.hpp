// Key phrases without a taxonomy, after RAKE (Rose et al., "Automatic keyword extraction from
// individual documents", 2010): candidates are runs of content words (at most max_words)
// between stop words and punctuation, grouped by their stems so that "gas pipeline" and "gas
// pipelines" are one phrase. A word scores its degree: the number of words in all the
// candidates it occurs in, which rewards words that recur and words that sit in longer
// phrases. A candidate scores the sum over its words, times 1 + ln(occurrences). RAKE's own
// degree/frequency ratio is not used: it ranks one-off long phrases above a text's recurring
// subjects.
#pragma once

#include "analysis.hpp"
#include "word_cache.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace aspectdiff::plugins::themes {

struct KeyPhrase {
  std::string key;   // stems joined by spaces: stable across documents
  std::string label; // the first occurrence as written
  double score = 0.0;
  std::uint32_t count = 0;
  std::vector<sdk::Span> evidence; // every occurrence
};

struct KeyPhraseOptions {
  std::size_t top = 10;
  std::size_t max_words = 3;
};

// The `top` best key phrases of `doc`, best first. `words` and `runs` (the candidates'
// occurrences, cut at `max_words`, which must be the KeyPhraseOptions::max_words given here)
// come from analyse().
std::vector<KeyPhrase> key_phrases(const sdk::Document &doc, const std::vector<TokenWord> &words,
                                   const std::vector<KeyRun> &runs, const WordCache &cache,
                                   const KeyPhraseOptions &options);

} // namespace aspectdiff::plugins::themes
