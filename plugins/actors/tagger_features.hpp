// The name tagger's features for one sentence. The plugin and the training tool
// (tools/train_tagger.cpp) both call this one extractor on the host's own segmentation, so a
// model sees at run time exactly the features it was trained on.
//
// Per token: the word and its neighbours (lower case, +-2), word bigrams, prefixes and suffixes,
// the word's shape (Xxxx, XX, X.X., dd) and its neighbours' shapes, sentence-initial position,
// an all-capitals line, the word's cue classes from the gazetteers (given name, title,
// organisation or place head, ordinary word, ...) and its neighbours', and what the rule-based
// recogniser made of it (inside a gazetteer name of which category and source, a new name of
// which type and confidence, a demonym, ...).
//
// Only candidate tokens get features and may be inside a name: capitalised words, the
// recogniser's mentions, words between capitalised words ("Bank of England") and numbers
// after one ("Schalke 04"). Every other token is O, which keeps the cost in proportion to the
// names a text has rather than to its length.
#pragma once

#include "gazetteer.hpp"
#include "mention.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace aspectdiff::plugins::actors {

// One sentence's features, kept from one sentence to the next (their capacity).
struct TaggerFeatureBuffer {
  std::vector<std::uint64_t> keys;    // every candidate token's features, in token order
  std::vector<std::uint32_t> offsets; // token k's features are keys[offsets[k], offsets[k+1])
  std::vector<std::uint8_t> candidate;
  // Per-token working values.
  std::vector<std::uint64_t> word, shape;
  std::vector<std::uint32_t> classes, recognised, recognised_coarse;
};

class TaggerFeatures {
public:
  explicit TaggerFeatures(const Gazetteer &gaz) noexcept : gaz_(gaz) {}

  // `tokens` is the sentence; `first_token` its first token's index in the document (mentions
  // count tokens in the document); `mentions` the recogniser's mentions of the sentence.
  void extract(std::span<const sdk::Token> tokens, const char *text, const char *normalised,
               std::uint32_t first_token, std::span<const Mention> mentions,
               TaggerFeatureBuffer &out) const;

private:
  const Gazetteer &gaz_;
};

} // namespace aspectdiff::plugins::actors
