#include "data_files.hpp"

#include <aspectdiff/sdk/embedded.hpp>

#include <fstream>
#include <iterator>
#include <sstream>

namespace aspectdiff::plugins::themes {
namespace {

constexpr const char *builtin_taxonomy = "data/taxonomy.tsv";
constexpr const char *builtin_learned = "data/learned_weights.tsv";
constexpr const char *builtin_stop_words = "data/stop_words.txt";

struct Loaded {
  std::string name;
  std::string bytes;
};

Loaded read_user_file(const sdk::Config &config, std::string_view setting,
                      const std::string &value) {
  const auto path = config.resolve_path(value);
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw sdk::ConfigError("themes: cannot read the file named by '" + std::string(setting) +
                           "': " + path.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw sdk::ConfigError("themes: error reading '" + path.string() + "'");
  Loaded f{path.string(), bytes.str()};
  config.record_data(f.name, f.bytes);
  return f;
}

std::string_view builtin(const sdk::Config &config, const char *name) {
  const auto bytes = sdk::embedded_file(name);
  config.record_data(name, bytes);
  return bytes;
}

} // namespace

Taxonomy load_taxonomy(const sdk::Config &config, const Settings &settings) {
  Taxonomy taxonomy;
  const bool user_taxonomy = !settings.taxonomy.empty();
  if (user_taxonomy) {
    const auto f = read_user_file(config, "taxonomy", settings.taxonomy);
    taxonomy.add_file(f.name, f.bytes);
  } else {
    taxonomy.add_file(builtin_taxonomy, builtin(config, builtin_taxonomy));
  }
  for (const auto &extra : settings.extra) {
    const auto f = read_user_file(config, "extra", extra);
    taxonomy.add_file(f.name, f.bytes);
  }
  if (!settings.learned_weights) return taxonomy;
  if (!settings.learned_weights_file.empty()) {
    const auto f = read_user_file(config, "learned_weights_file", settings.learned_weights_file);
    taxonomy.add_file(f.name, f.bytes);
  } else {
    // The built-in weights name the built-in themes; a user taxonomy keeps those it shares.
    const auto skipped =
        taxonomy.add_file(builtin_learned, builtin(config, builtin_learned), UnknownTheme::skip);
    if (skipped > 0 && user_taxonomy)
      config.warn("themes: " + std::to_string(skipped) +
                  " built-in learned weights name themes that the user taxonomy lacks; they are "
                  "left out (set learned_weights = false to drop them all)");
  }
  return taxonomy;
}

std::unordered_set<std::string> load_stop_words(const sdk::Config &config,
                                                const Settings &settings) {
  std::string user_bytes;
  std::string_view text;
  if (!settings.stop_words.empty()) {
    auto f = read_user_file(config, "stop_words", settings.stop_words);
    user_bytes = std::move(f.bytes);
    text = user_bytes;
  } else {
    text = builtin(config, builtin_stop_words);
  }
  std::unordered_set<std::string> words;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    auto line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    const auto b = line.find_first_not_of(" \t\r");
    if (b == std::string_view::npos || line[b] == '#') continue;
    line = line.substr(b, line.find_last_not_of(" \t\r") + 1 - b);
    std::string w(line);
    for (auto &c : w)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    words.insert(std::move(w));
  }
  return words;
}

} // namespace aspectdiff::plugins::themes
