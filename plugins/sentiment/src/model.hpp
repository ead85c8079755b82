// The fitted combination of a sentence's lexical features into a score: a linear model whose
// coefficients come from tools/fit_model.py (cross-validated on the development sets) and are
// shipped as data/model.tsv.
#pragma once

#include <array>
#include <string_view>

namespace aspectdiff::plugins::sentiment {

// The features of one sentence, in this order everywhere (fitting script, model file, code).
enum Feature : std::size_t {
  sum_norm,           // S / sqrt(S^2 + 4), S = sum of contributions
  positive_norm,      // the same for the positive contributions alone
  negative_norm,      // and for the negative ones (as a negative number)
  density,            // S per word, scaled: 4 S / (words + 4)
  strongest_positive, // largest positive contribution / 4
  strongest_negative, // most negative contribution / 4
  derived_norm,       // squashed sum of the contributions of entries derived through WordNet
  learned,            // sum of the words' fitted weights / sqrt(words + 1)
  feature_count
};

using Features = std::array<float, feature_count>;

inline constexpr std::array<std::string_view, feature_count> feature_names{
    "sum_norm",           "positive_norm",      "negative_norm", "density",
    "strongest_positive", "strongest_negative", "derived_norm",  "learned"};

struct Model {
  float intercept = 0.0f;
  std::array<float, feature_count> weights{};

  float apply(const Features &f) const noexcept {
    float s = intercept;
    for (std::size_t k = 0; k < feature_count; ++k)
      s += weights[k] * f[k];
    return s < -1.0f ? -1.0f : (s > 1.0f ? 1.0f : s);
  }
};

// Reads "name<TAB>coefficient" lines (plus "intercept"); every feature must be present.
// Throws sdk::ConfigError naming the source and line.
Model parse_model(std::string_view bytes, std::string_view source);

} // namespace aspectdiff::plugins::sentiment
