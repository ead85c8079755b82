// The plugin's settings, read and checked once from the resolved configuration.
#pragma once

#include <aspectdiff/sdk/config.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace aspectdiff::plugins::themes {

inline constexpr const char *default_config = R"(# themes: what a document is about
taxonomy = ""             # a taxonomy file that replaces the built-in one (see the README)
extra = []                # taxonomy files whose themes and cues are added
learned_weights = true    # add the learned stem weights for the top-level themes
learned_weights_file = "" # a stem-weight file that replaces the built-in one
learned_scale = 1.0       # multiplies every learned weight
learned_fade = 8.0        # learned weights count fade/(fade + cue matches): 0 = always fully
stop_words = ""           # a stop-word file that replaces the built-in list
evidence_sentences = 3    # sentences kept as evidence for each theme
min_share = 0.02          # themes with a smaller share are left out (shares renormalised)
key_phrases = 10          # how many key phrases to report
key_phrase_max_words = 3
emphasis_threshold = 0.05 # compare: the smallest difference in share worth a finding
)";

struct Settings {
  std::string taxonomy;
  std::vector<std::string> extra;
  bool learned_weights = true;
  std::string learned_weights_file;
  double learned_scale = 1.0;
  double learned_fade = 8.0;
  std::string stop_words;
  std::size_t evidence_sentences = 3;
  double min_share = 0.02;
  std::size_t key_phrases = 10;
  std::size_t key_phrase_max_words = 3;
  double emphasis_threshold = 0.05;
};

// Throws sdk::ConfigError naming the setting and its allowed range.
Settings read_settings(const sdk::Config &config);

} // namespace aspectdiff::plugins::themes
