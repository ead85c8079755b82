#include "settings.hpp"

#include <cmath>
#include <string_view>

namespace aspectdiff::plugins::themes {
namespace {

double number_in(const sdk::Config &config, std::string_view key, double fallback, double low,
                 double high) {
  const double v = config.get_number(key, fallback);
  if (!std::isfinite(v) || v < low || v > high)
    throw sdk::ConfigError("themes: setting '" + std::string(key) + "' must be between " +
                           std::to_string(low) + " and " + std::to_string(high) + " (got " +
                           std::to_string(v) + ")");
  return v;
}

std::size_t count_in(const sdk::Config &config, std::string_view key, std::size_t fallback,
                     std::size_t high) {
  const double v =
      number_in(config, key, static_cast<double>(fallback), 0.0, static_cast<double>(high));
  if (v != std::floor(v))
    throw sdk::ConfigError("themes: setting '" + std::string(key) + "' must be a whole number");
  return static_cast<std::size_t>(v);
}

} // namespace

Settings read_settings(const sdk::Config &config) {
  Settings s;
  s.taxonomy = config.get_string("taxonomy");
  for (auto &f : config.get_strings("extra"))
    if (!f.empty()) s.extra.push_back(std::move(f));
  s.learned_weights = config.get_bool("learned_weights", s.learned_weights);
  s.learned_weights_file = config.get_string("learned_weights_file");
  s.learned_scale = number_in(config, "learned_scale", s.learned_scale, 0.0, 100.0);
  s.learned_fade = number_in(config, "learned_fade", s.learned_fade, 0.0, 1000.0);
  s.stop_words = config.get_string("stop_words");
  s.evidence_sentences = count_in(config, "evidence_sentences", s.evidence_sentences, 50);
  s.min_share = number_in(config, "min_share", s.min_share, 0.0, 0.5);
  s.key_phrases = count_in(config, "key_phrases", s.key_phrases, 100);
  s.key_phrase_max_words = count_in(config, "key_phrase_max_words", s.key_phrase_max_words, 8);
  if (s.key_phrase_max_words == 0)
    throw sdk::ConfigError("themes: setting 'key_phrase_max_words' must be at least 1");
  s.emphasis_threshold = number_in(config, "emphasis_threshold", s.emphasis_threshold, 0.0, 1.0);
  return s;
}

} // namespace aspectdiff::plugins::themes
