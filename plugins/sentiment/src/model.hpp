// The fitted combination of a sentence's lexical features into a score: a linear model whose
// coefficients come from tools/fit_model.py (cross-validated on the development sets) and are
// shipped as data/model.tsv.
#pragma once

#include <array>
#include <cmath>
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
  cue_failure,        // 1 if the sentence holds the stance cue (stance.hpp), else 0: "fails to"
  cue_refusal,        // "refuses to"
  cue_lack,           // "lack of", "lacks"
  cue_regret,         // "should / could / would have" + past participle
  cue_excess,         // "too" + a word
  learned,            // sum of the words' fitted weights / sqrt(words + 1)
  feature_count
};

using Features = std::array<float, feature_count>;

inline constexpr std::array<std::string_view, feature_count> feature_names{
    "sum_norm",           "positive_norm", "negative_norm", "density",     "strongest_positive",
    "strongest_negative", "derived_norm",  "cue_failure",   "cue_refusal", "cue_lack",
    "cue_regret",         "cue_excess",    "learned"};

// Where the class thresholds sit on the score scale: a sentence reads as positive from
// +class_band, as negative from -class_band (as in the evaluation, and as VADER does).
inline constexpr float class_band = 0.05f;

struct Model {
  float intercept = 0.0f;
  std::array<float, feature_count> weights{};
  // Calibration of the neutral band: the linear value `neutral_low` maps to -class_band and
  // `neutral_high` to +class_band, linearly in between; outside, the value moves by the same
  // shift (slope 1), so the order of scores, and their correlation with ratings, hardly change.
  // The defaults leave the linear value as it is.
  float neutral_low = -class_band;
  float neutral_high = class_band;
  // The final squashing: the linear value s becomes squash_scale * tanh(s / squash_scale)
  // before the calibration. Short posts with several strong words reach linear values beyond
  // what raters give; bending the ends in raises the correlation with the ratings there. 0
  // leaves the linear value as it is.
  float squash_scale = 0.0f;

  float apply(const Features &f) const noexcept {
    float s = intercept;
    for (std::size_t k = 0; k < feature_count; ++k)
      s += weights[k] * f[k];
    if (squash_scale > 0.0f) s = squash_scale * std::tanh(s / squash_scale);
    if (s >= neutral_high)
      s = class_band + (s - neutral_high);
    else if (s <= neutral_low)
      s = -class_band + (s - neutral_low);
    else
      s = -class_band + 2.0f * class_band * (s - neutral_low) / (neutral_high - neutral_low);
    return s < -1.0f ? -1.0f : (s > 1.0f ? 1.0f : s);
  }
};

// Reads "name<TAB>coefficient" lines (plus "intercept"); every feature must be present. The
// optional "neutral_low" and "neutral_high" set the calibration (neutral_low < neutral_high),
// the optional "squash_scale" (>= 0) the final squashing.
// Throws sdk::ConfigError naming the source and line.
Model parse_model(std::string_view bytes, std::string_view source);

} // namespace aspectdiff::plugins::sentiment
