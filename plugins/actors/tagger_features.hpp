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
#include <iterator>
#include <span>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::actors {

// What a token contributes to its own features and its neighbours': a function of the token
// alone (its normalised word, shape and capitals), so the weights it adds in each role can be
// summed once per word and reused.
struct TokenType {
  std::uint64_t word = 0, shape = 0;
  std::uint64_t signature = 0; // the word, shape and capitals together
  std::uint32_t classes = 0, capitals = 0;
  std::string_view norm;
};

// The position a token plays in another token's features: itself, or the neighbour one or two
// before or after it.
enum class FeatureRole : std::uint8_t { self, prev1, prev2, next1, next2 };
inline constexpr FeatureRole all_roles[] = {FeatureRole::self, FeatureRole::prev1,
                                            FeatureRole::prev2, FeatureRole::next1,
                                            FeatureRole::next2};
inline constexpr std::size_t role_count = std::size(all_roles);
constexpr std::ptrdiff_t offset_of(FeatureRole r) noexcept {
  constexpr std::ptrdiff_t offsets[] = {0, -1, -2, 1, 2};
  return offsets[static_cast<std::size_t>(r)];
}

// One sentence's features, kept from one sentence to the next (their capacity).
struct TaggerFeatureBuffer {
  std::vector<std::uint64_t> keys;    // every candidate token's features, in token order
  std::vector<std::uint32_t> offsets; // token k's features are keys[offsets[k], offsets[k+1])
  std::vector<std::uint8_t> candidate;
  bool any_candidate = false;
  // Per-token working values.
  std::vector<TokenType> types; // filled for candidates and the two tokens either side
  std::vector<std::uint32_t> recognised, recognised_coarse;
  std::size_t initial = 0; // the sentence's first word
  bool capitals_line = false;
};

class TaggerFeatures {
public:
  explicit TaggerFeatures(const Gazetteer &gaz) noexcept : gaz_(gaz) {}

  // Every candidate token's features in `out.keys` (the training tool's path). `tokens` is the
  // sentence; `first_token` its first token's index in the document (mentions count tokens in
  // the document); `mentions` the recogniser's mentions of the sentence.
  void extract(std::span<const sdk::Token> tokens, const char *text, const char *normalised,
               std::uint32_t first_token, std::span<const Mention> mentions,
               TaggerFeatureBuffer &out) const;

  // The parts extract() is made of, for the tagger's path that sums the type features once
  // per word: the candidates and per-token values; the features token j gives in `role`
  // (j may lie outside the sentence, where the features say so); and the features that depend
  // on the candidate's place in the sentence.
  void prepare(std::span<const sdk::Token> tokens, const char *text, const char *normalised,
               std::uint32_t first_token, std::span<const Mention> mentions,
               TaggerFeatureBuffer &out) const;
  void type_keys(FeatureRole role, const TaggerFeatureBuffer &in, std::ptrdiff_t j,
                 std::vector<std::uint64_t> &out) const;
  void context_keys(const TaggerFeatureBuffer &in, std::size_t k,
                    std::vector<std::uint64_t> &out) const;

private:
  const Gazetteer &gaz_;
};

} // namespace aspectdiff::plugins::actors
