#include "sentiment_plugin.hpp"

#include "lexicon_files.hpp"

#include <aspectdiff/sdk/embedded.hpp>

#include <fstream>
#include <sstream>

namespace aspectdiff::plugins::sentiment {

namespace {

std::string read_user_file(const std::filesystem::path &path, std::string_view setting) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw sdk::ConfigError("cannot read file '" + path.string() + "': check the path in '" +
                           std::string(setting) +
                           "' (relative paths are taken from the configuration file's folder)");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

} // namespace

SentimentPlugin::SentimentPlugin(const sdk::Config &config)
    : settings_(read_settings(config)), scorer_(lexicon_, model_, settings_.rules) {
  auto builtin = [&](std::string_view name) {
    const auto bytes = sdk::embedded_file(name);
    config.record_data(name, bytes);
    return bytes;
  };
  if (settings_.builtin_lexicon) {
    load_builtin_lexicon(lexicon_, builtin("data/lexicon.tsv"), "data/lexicon.tsv");
    load_inflections(lexicon_, builtin("data/inflections.tsv"), "data/inflections.tsv");
  }
  load_rules(lexicon_, builtin("data/rules.tsv"), "data/rules.tsv");
  if (settings_.learned_terms)
    load_learned_terms(lexicon_, builtin("data/learned_terms.tsv"), "data/learned_terms.tsv");
  model_ = parse_model(builtin("data/model.tsv"), "data/model.tsv");
  if (settings_.stance_model.empty()) {
    stance_model_ = StanceModel::parse(builtin("data/stance_model.tsv"), "data/stance_model.tsv");
  } else {
    const auto path = config.resolve_path(settings_.stance_model);
    const std::string bytes = read_user_file(path, "stance_model");
    config.record_data(path.string(), bytes);
    stance_model_ = StanceModel::parse(bytes, path.string());
  }

  for (const auto &file : settings_.lexicon_files) {
    const auto path = config.resolve_path(file);
    const std::string bytes = read_user_file(path, "lexicon_files");
    config.record_data(path.string(), bytes);
    if (load_user_lexicon(lexicon_, bytes, path.string(), settings_.lexicon_format) == 0)
      config.warn("lexicon file '" + path.string() + "' has no entries");
  }
  lexicon_.finish();
}

} // namespace aspectdiff::plugins::sentiment

ASPECTDIFF_PLUGIN(sentiment, aspectdiff::plugins::sentiment::SentimentPlugin)
