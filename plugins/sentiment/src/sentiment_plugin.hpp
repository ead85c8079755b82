// The sentiment plugin: how positive or negative a document is, about whom, and because of
// which words; and where two documents differ in that.
#pragma once

#include "lexicon.hpp"
#include "model.hpp"
#include "scorer.hpp"
#include "settings.hpp"
#include "stance_model.hpp"
#include "target_features.hpp"

#include <aspectdiff/sdk/plugin.hpp>

#include <array>

namespace aspectdiff::plugins::sentiment {

// Actors are used when the actors plugin is loaded; without it the plugin still scores the
// document and says in a note that per-actor sentiment was skipped.
inline constexpr std::array<aspectdiff_requirement, 1> requirements{
    aspectdiff_requirement{"actors", "1.0", 1}};

class SentimentPlugin {
public:
  static constexpr sdk::PluginInfo info{
      .name = "sentiment",
      .version = "1.0.0",
      .aspect = "sentiment",
      .summary = "Valence of each sentence and of the whole text, toward each actor, with the "
                 "words behind it",
      // "und": the host could not tell the language, which happens to short English texts
      // (a headline, a tweet); a text in another language simply matches few entries.
      .languages = "en,und",
      .default_config = default_config_toml,
      .requires_list = requirements};

  explicit SentimentPlugin(const sdk::Config &config);

  void extract(const sdk::Document &doc, const sdk::Inputs &inputs,
               const sdk::ResultWriter &out) const;
  void compare(const sdk::Document &a, const sdk::ResultView &ra, const sdk::Document &b,
               const sdk::ResultView &rb, const sdk::CompareWriter &out) const;

  const Lexicon &lexicon() const noexcept { return lexicon_; }

private:
  Settings settings_;
  Lexicon lexicon_;
  Model model_;
  Scorer scorer_;
  StanceModel stance_model_;
  TargetFeatureExtractor target_features_{lexicon_};
};

} // namespace aspectdiff::plugins::sentiment
