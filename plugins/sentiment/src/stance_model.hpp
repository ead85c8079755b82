// The target-dependent sentiment (stance) model: a multinomial logistic regression over the
// features of target_features.hpp, fitted by tools/fit_stance.py on NewsMTSC's training split and
// shipped as data/stance_model.tsv. It says, for one mention of an actor, how likely the sentence
// is negative, neutral or positive toward that actor, and which words weighed most in that.
#pragma once

#include "target_features.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::sentiment {

// What the model says about one mention.
struct StancePrediction {
  std::array<float, 3> probability{}; // negative, neutral, positive
  float value = 0.0f;                 // P(positive) - P(negative), in [-1, 1]
  int polarity = 0;                   // the most likely class: -1, 0 or +1
};

// A token's share in a prediction: how far its features moved the positive-vs-negative logit.
struct Driver {
  std::uint32_t token = 0;
  float weight = 0.0f;
};

// How many drivers predict() puts in order: a caller quotes three, so ordering every word of a
// long sentence would be wasted.
inline constexpr std::size_t ordered_drivers = 16;

// Orders drivers by their weight toward `value`'s direction, largest first.
void order_drivers(std::span<Driver> drivers, float value);

class StanceModel {
public:
  // Reads "# ..." comment lines, then one "name<TAB>w_negative<TAB>w_neutral<TAB>w_positive" line
  // per feature. Throws sdk::ConfigError naming the source and line.
  static StanceModel parse(std::string_view bytes, std::string_view source);

  bool empty() const noexcept { return weights_.empty(); }
  std::size_t size() const noexcept { return weights_.size() / 3; }
  // The "# provenance:" line of the file, for notes and documentation.
  const std::string &provenance() const noexcept { return provenance_; }

  // The sentence features' share of the logits of every target in the sentence, and the
  // tokens' shares in it (merged per token, in token order), worked out once per sentence.
  struct SentencePart {
    std::array<float, 3> logits{};
    std::vector<Driver> drivers;
  };
  void score_sentence(std::span<const TargetFeature> sentence, SentencePart &out,
                      bool with_drivers) const;

  // Scores the target's own features and its sentence's (either may be empty). When `drivers`
  // is given, it receives each token's weight toward the predicted direction: the
  // `ordered_drivers` weightiest first, in order, then the rest (order_drivers orders them too).
  StancePrediction predict(std::span<const TargetFeature> own, const SentencePart &sentence,
                           std::vector<Driver> *drivers = nullptr) const;

private:
  const float *find(const TargetFeature &f) const noexcept;
  void accumulate(std::span<const TargetFeature> features, std::array<float, 3> &logits,
                  std::vector<Driver> *drivers) const;

  // Open addressing on the feature hash; slot -> index into weights_ / 3, or empty.
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> slots_;
  std::vector<float> weights_;
  std::uint64_t mask_ = 0;
  std::string provenance_;
};

} // namespace aspectdiff::plugins::sentiment
