// Reading the plugin's data: built-in files compiled into the plugin, or the user's files named
// in the configuration. Every byte used is recorded for the provenance hash.
#pragma once

#include "settings.hpp"
#include "taxonomy.hpp"

#include <aspectdiff/sdk/config.hpp>

#include <string>
#include <unordered_set>

namespace aspectdiff::plugins::themes {

// The taxonomy the settings call for: the built-in one or the user's, plus extra files, plus
// learned weights when enabled.
Taxonomy load_taxonomy(const sdk::Config &config, const Settings &settings);

// Normalised stop words, one per line, '#' comments; built-in unless the settings name a file.
std::unordered_set<std::string> load_stop_words(const sdk::Config &config,
                                                const Settings &settings);

} // namespace aspectdiff::plugins::themes
