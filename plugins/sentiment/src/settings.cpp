#include "settings.hpp"

#include <cmath>

namespace aspectdiff::plugins::sentiment {

namespace {

double number_in(const sdk::Config &config, std::string_view key, double fallback, double low,
                 double high) {
  const double v = config.get_number(key, fallback);
  if (!std::isfinite(v) || v < low || v > high)
    throw sdk::ConfigError("setting '" + std::string(key) + "' must be between " +
                           std::to_string(low) + " and " + std::to_string(high) + ", not " +
                           std::to_string(v));
  return v;
}

float weight(const sdk::Config &config, std::string_view key, float fallback, double high) {
  return static_cast<float>(number_in(config, key, fallback, 0.0, high));
}

int whole(const sdk::Config &config, std::string_view key, int fallback, int high) {
  const double v = number_in(config, key, fallback, 0.0, high);
  if (v != std::floor(v))
    throw sdk::ConfigError("setting '" + std::string(key) + "' must be a whole number");
  return static_cast<int>(v);
}

} // namespace

Settings read_settings(const sdk::Config &config) {
  Settings s;
  for (auto &file : config.get_strings("lexicon_files"))
    if (!file.empty()) s.lexicon_files.push_back(std::move(file));
  s.lexicon_format = parse_lexicon_format(config.get_string("lexicon_format", "auto"));
  s.builtin_lexicon = config.get_bool("builtin_lexicon", true);
  s.top_terms = static_cast<std::size_t>(whole(config, "top_terms", 12, 1000));
  s.actor_evidence = static_cast<std::size_t>(whole(config, "actor_evidence", 4, 100));
  s.emit_features = config.get_bool("emit_features", false);
  s.emit_target_features = config.get_bool("emit_target_features", false);
  s.stance_model = config.get_string("stance_model", "");
  for (auto &name : config.get_strings("actors_of_interest"))
    if (name.find_first_not_of(' ') != std::string::npos)
      s.actors_of_interest.push_back(std::move(name));
  s.learned_terms = config.get_bool("learned_terms", true);

  RuleSettings &r = s.rules;
  r.negation_scope = whole(config, "rules.negation_scope", r.negation_scope, 50);
  r.negated_positive = weight(config, "rules.negated_positive", r.negated_positive, 1.0);
  r.negated_negative = weight(config, "rules.negated_negative", r.negated_negative, 1.0);
  r.contrast_before = weight(config, "rules.contrast_before", r.contrast_before, 1.0);
  r.contrast_after = weight(config, "rules.contrast_after", r.contrast_after, 4.0);
  r.concession_weight = weight(config, "rules.concession_weight", r.concession_weight, 1.0);
  r.condition_weight = weight(config, "rules.condition_weight", r.condition_weight, 1.0);
  r.question_weight = weight(config, "rules.question_weight", r.question_weight, 1.0);
  r.exclamation_step = weight(config, "rules.exclamation_step", r.exclamation_step, 1.0);
  r.caps_emphasis = weight(config, "rules.caps_emphasis", r.caps_emphasis, 2.0);
  r.booster_reach = whole(config, "rules.booster_reach", r.booster_reach, 10);
  r.names_neutral = config.get_bool("rules.names_neutral", r.names_neutral);
  return s;
}

} // namespace aspectdiff::plugins::sentiment
