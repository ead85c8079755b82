#include "themes_plugin.hpp"

#include "data_files.hpp"
#include "stemmer.hpp"

#include <atomic>

namespace aspectdiff::plugins::themes {

Themes::Themes(const sdk::Config &config)
    : settings_(read_settings(config)),
      taxonomy_(std::make_unique<Taxonomy>(load_taxonomy(config, settings_))) {
  if (taxonomy_->themes().empty()) throw sdk::ConfigError("themes: the taxonomy defines no theme");
  Stemmer stemmer;
  lexicon_ = std::make_unique<Lexicon>(*taxonomy_, stemmer,
                                       settings_.learned_weights ? settings_.learned_scale : 0.0,
                                       load_stop_words(config, settings_));
  for (const auto &cue : lexicon_->stop_word_cues())
    config.warn("themes: cue '" + cue + "' stems like a stop word and will match very often");
  static std::atomic<std::uint64_t> next_serial{1};
  serial_ = next_serial.fetch_add(1);
}

} // namespace aspectdiff::plugins::themes

ASPECTDIFF_PLUGIN(themes, aspectdiff::plugins::themes::Themes)
