// The plugin's configuration, read and checked once when the plugin is created.
#pragma once

#include "lexicon_files.hpp"
#include "scorer.hpp"

#include <aspectdiff/sdk/config.hpp>

#include <string>
#include <vector>

namespace aspectdiff::plugins::sentiment {

// The defaults, as TOML: the host merges the user's [plugins.sentiment] table over them.
inline constexpr const char *default_config_toml =
    R"(# Extra lexicons that add to or override the built-in one, in VADER's format
# (token<TAB>mean<TAB>sd<TAB>[ratings]) or as term<TAB>score; later files win.
lexicon_files = []
# "auto" decides per line; "vader" or "plain" insist on one format.
lexicon_format = "auto"
# false: use only the user's lexicons (the rule words stay).
builtin_lexicon = true
# How many contributing words and expressions to list per polarity.
top_terms = 12
# How many sentences to quote for each actor.
actor_evidence = 4
# Actors always reported, by name ("Xi Jinping", "Putin"), even when not salient; one the
# document does not name is reported as absent. The command line's --actor adds to this list.
actors_of_interest = []
# false: leave out the word weights fitted on the development sets (data/learned_terms.tsv).
learned_terms = true
# Emit the model's input features as metrics (for tools/fit_model.py).
emit_features = false
# A stance model file in the format of data/stance_model.tsv (tools/fit_stance.py writes one),
# used instead of the built-in one; relative to the configuration file.
stance_model = ""
# Emit each actor mention's stance features as items (for tools/dump_target_features).
emit_target_features = false

[rules]
negation_scope = 4
negated_positive = 0.5
negated_negative = 0.3
contrast_before = 0.5
contrast_after = 1.5
concession_weight = 0.5
condition_weight = 0.4
question_weight = 0.6
exclamation_step = 0.1
caps_emphasis = 0.3
booster_reach = 3
# Capitalised words next to each other inside a lower-case sentence ("President Bush",
# "United Nations") are read as a name and carry no valence.
names_neutral = true
)";

struct Settings {
  std::vector<std::string> lexicon_files;
  LexiconFormat lexicon_format = LexiconFormat::automatic;
  bool builtin_lexicon = true;
  std::size_t top_terms = 12;
  std::size_t actor_evidence = 4;
  bool emit_features = false;
  bool emit_target_features = false;
  std::vector<std::string> actors_of_interest;
  std::string stance_model; // empty: the built-in data/stance_model.tsv
  bool learned_terms = true;
  RuleSettings rules;
};

// Throws sdk::ConfigError for a value of the wrong type or out of range.
Settings read_settings(const sdk::Config &config);

} // namespace aspectdiff::plugins::sentiment
