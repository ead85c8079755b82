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
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::themes {

struct KeyPhrase {
  std::string_view key;   // stems joined by spaces: stable across documents
  std::string_view label; // the first occurrence as written, in the document's text
  double score = 0.0;
  std::uint32_t count = 0;
  std::span<const sdk::Span> evidence; // every occurrence
};

struct KeyPhraseOptions {
  std::size_t top = 10;
  std::size_t max_words = 3;
};

// The `top` best key phrases of `doc`, best first. `words` and `runs` (the candidates'
// occurrences, cut at `max_words`, which must be the KeyPhraseOptions::max_words given here)
// come from analyse(). The phrases' keys and evidence live in buffers of the calling thread,
// reused by its next call: a document's phrases cost no allocation of their own.
std::span<const KeyPhrase> key_phrases(const sdk::Document &doc,
                                       const std::vector<TokenWord> &words,
                                       const std::vector<KeyRun> &runs, const WordCache &cache,
                                       const KeyPhraseOptions &options);

} // namespace aspectdiff::plugins::themes
