// The features of one target mention in its sentence, for the stance model (stance_model.hpp):
// which sentiment the sentence expresses toward that target rather than overall. One extractor
// serves the plugin and tools/dump_target_features.cpp, which writes the same features for the
// training sentences, so the fitted weights meet at inference exactly what they were fitted on.
//
// What it looks at: the lexicon contributions (after the scorer's rules) by distance, direction
// and clause from the target, and whether another target stands nearer to them; the target as
// agent or patient of a loaded verb ("X invaded", "X was praised", "sanctions on X", "critics of
// X"); attributed speech ("X said", "according to X"), whose words are not about the speaker;
// contrast and negation around the target; and the words themselves, near it and in the sentence.
#pragma once

#include "lexicon.hpp"
#include "scorer.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::sentiment {

// A target: a token range of one sentence (inclusive).
struct TargetSpan {
  std::uint32_t sentence = 0;
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

// One feature: a kind ("lex.same.after.near.neg", "L1") with, for word features, one or two
// words; its value; and the token that carries it (for explanations), or no_token.
struct TargetFeature {
  static constexpr std::uint32_t no_token = static_cast<std::uint32_t>(-1);
  std::string_view kind;
  std::string_view word;
  std::string_view word2;
  float value = 1.0f;
  std::uint32_t token = no_token;
};

// The features shared by every target of a sentence (the bag of its words) are apart, so a
// sentence naming several actors pays for them once.
struct TargetFeatures {
  std::vector<TargetFeature> own;      // depend on the target
  std::vector<TargetFeature> sentence; // the same for every target of the sentence
};

class TargetFeatureExtractor {
public:
  explicit TargetFeatureExtractor(const Lexicon &lexicon) noexcept : lexicon_(lexicon) {}

  // Features of `target`; `others` are the other targets of the same sentence (any order),
  // `hits` the analysis hits of that sentence.
  void target(const sdk::Document &doc, const Analysis &analysis, std::span<const Hit> hits,
              const TargetSpan &target, std::span<const TargetSpan> others,
              std::vector<TargetFeature> &out) const;
  // Features of the sentence as a whole (words, each once, value 1/sqrt(words)).
  void sentence(const sdk::Document &doc, std::uint32_t sentence,
                std::vector<TargetFeature> &out) const;

private:
  bool turns(const sdk::Document &doc, const sdk::Token &t) const;
  const Lexicon &lexicon_;
};

// The hits of each sentence: first_hit[s] .. first_hit[s + 1] index Analysis::hits.
std::vector<std::uint32_t> first_hits(const Analysis &analysis);

// The feature's name as the model file writes it: "kind|word" or "kind|word word2" (or "kind").
std::string feature_name(const TargetFeature &f);

// FNV-1a over the name without building it: the key of the model's weight table.
std::uint64_t feature_hash(std::string_view kind, std::string_view word,
                           std::string_view word2) noexcept;

} // namespace aspectdiff::plugins::sentiment
