#include "settings.hpp"

#include <aspectdiff/sdk/embedded.hpp>

#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace aspectdiff::plugins::style {

namespace {

unsigned whole_number(const sdk::Config &config, std::string_view key, unsigned fallback,
                      unsigned low, unsigned high) {
  const double v = config.get_number(key, fallback);
  if (!(v >= low && v <= high) || std::floor(v) != v)
    throw sdk::ConfigError("setting '" + std::string(key) + "' must be a whole number from " +
                           std::to_string(low) + " to " + std::to_string(high));
  return static_cast<unsigned>(v);
}

std::string read_file(const std::filesystem::path &path, std::string_view key) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw sdk::ConfigError("setting '" + std::string(key) + "': cannot read '" + path.string() +
                           "'");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad())
    throw sdk::ConfigError("setting '" + std::string(key) + "': error reading '" + path.string() +
                           "'");
  return std::move(bytes).str();
}

// Parses built-in data; a failure here is a defect of the plugin, not of the configuration.
template <class Add> void built_in(const sdk::Config &config, std::string_view name, Add add) {
  const auto bytes = sdk::embedded_file(name);
  config.record_data(name, bytes);
  add(bytes, name);
}

} // namespace

Settings Settings::from(const sdk::Config &config) {
  Settings s;
  s.long_sentence_words = whole_number(config, "long_sentence_words", 35, 1, 10000);
  s.max_evidence = whole_number(config, "max_evidence", 5, 0, 1000);
  s.mtld_threshold = config.get_number("mtld_threshold", 0.72);
  if (!(s.mtld_threshold > 0.0 && s.mtld_threshold < 1.0))
    throw sdk::ConfigError("setting 'mtld_threshold' must lie strictly between 0 and 1 "
                           "(McCarthy & Jarvis use 0.72)");

  built_in(config, "data/syllable_exceptions.tsv",
           [&](auto b, auto l) { s.syllables.add_exceptions(b, l); });
  built_in(config, "data/irregular_participles.txt",
           [&](auto b, auto l) { s.passive.add_irregular_participles(b, l); });
  built_in(config, "data/non_participles.txt",
           [&](auto b, auto l) { s.passive.add_non_participles(b, l); });

  for (const auto &value : config.get_strings("syllable_exceptions")) {
    const auto path = config.resolve_path(value);
    const auto bytes = read_file(path, "syllable_exceptions");
    config.record_data(path.string(), bytes);
    try {
      s.syllables.add_exceptions(bytes, path.string());
    } catch (const std::invalid_argument &e) {
      throw sdk::ConfigError(std::string("setting 'syllable_exceptions': ") + e.what());
    }
  }
  return s;
}

} // namespace aspectdiff::plugins::style
