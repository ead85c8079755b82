// The style plugin's configuration, validated once when the plugin is created, and the word
// lists it reads (built in, plus the user's syllable exception files).
#pragma once

#include "passive.hpp"
#include "syllables.hpp"

#include <aspectdiff/sdk/config.hpp>

namespace aspectdiff::plugins::style {

inline constexpr const char *default_config =
    R"(# Sentences with at least this many words are reported as long sentences.
long_sentence_words = 35
# MTLD factor threshold: the type-token ratio at which a run of words counts as one factor.
mtld_threshold = 0.72
# At most this many evidence spans per metric (the longest sentences, the hardest ones...).
max_evidence = 5
# Files of "word<TAB>syllables" lines that add to or override the built-in syllable exceptions;
# relative paths are resolved against the configuration file's folder.
syllable_exceptions = []
)";

struct Settings {
  unsigned long_sentence_words = 35;
  double mtld_threshold = 0.72;
  unsigned max_evidence = 5;
  SyllableCounter syllables;
  PassiveDetector passive;

  // Throws sdk::ConfigError naming the setting (and the file and line for a bad data line).
  static Settings from(const sdk::Config &config);
};

} // namespace aspectdiff::plugins::style
