// The trained name tagger: scores every candidate token's features against the model and
// finds the best BIO tag sequence by Viterbi decoding over tag bigrams (only well-formed
// sequences: I-X follows B-X or I-X). The training tool decodes with the same function.
#pragma once

#include "tagger_features.hpp"
#include "tagger_model.hpp"
#include "type_weight_cache.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace aspectdiff::plugins::actors {

// One name the tagger found: tokens [first, last) of the sentence.
struct TaggedName {
  std::uint32_t first = 0, last = 0;
  NameType type = NameType::misc;
};

struct DecodeBuffer {
  std::vector<float> score;             // Viterbi scores, tag_count per token
  std::vector<std::uint8_t> back;       // best previous tag, tag_count per token
  std::vector<float> emissions;         // tag_count per token
  std::vector<std::int32_t> rows;       // each feature's row in the model, -1 when unknown
  std::vector<std::uint8_t> tags;       // the decoded tags
  std::vector<std::uint64_t> edge_keys; // features of a neighbour outside the sentence
  TypeWeightCache types;
};

// Whether `to` may follow `from` (tag_count for the sentence start).
constexpr bool allowed(std::size_t from, std::size_t to) noexcept {
  if (!continues(static_cast<std::uint8_t>(to))) return true;
  return from != tag_count && from != tag_o &&
         type_of(static_cast<std::uint8_t>(from)) == type_of(static_cast<std::uint8_t>(to));
}

// Best tags for a sentence: `emissions` holds tag_count scores per token (read only for
// candidates; other tokens are O); `transitions` is (tag_count + 1) x tag_count, the last row
// the sentence start. Fills `tags` (one per token).
void viterbi(std::span<const float> emissions, std::span<const std::uint8_t> candidate,
             const float *transitions, DecodeBuffer &buffer, std::vector<std::uint8_t> &tags);

// The names a tag sequence spells out.
void names_of(std::span<const std::uint8_t> tags, std::vector<TaggedName> &out);

class NameTagger {
public:
  NameTagger(const Gazetteer &gaz, TaggerModel model) : features_(gaz), model_(std::move(model)) {}

  // The names in one sentence; the arguments are those of TaggerFeatures::extract.
  void tag(std::span<const sdk::Token> tokens, const char *text, const char *normalised,
           std::uint32_t first_token, std::span<const Mention> mentions,
           TaggerFeatureBuffer &features, DecodeBuffer &decode, std::vector<TaggedName> &out) const;

  const TaggerModel &model() const noexcept { return model_; }

private:
  TaggerFeatures features_;
  TaggerModel model_;
};

} // namespace aspectdiff::plugins::actors
