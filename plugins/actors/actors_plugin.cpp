// The actors plugin: who a piece talks about, resolved to one identity each, with salience,
// roles and co-occurrence (aspect "actors"; sentiment and hedging build on its items).
#include "buffer_reuse.hpp"
#include "builtin_data.hpp"
#include "comparison.hpp"
#include "gazetteer.hpp"
#include "recognizer.hpp"
#include "resolver.hpp"
#include "summary.hpp"
#include "tagger.hpp"

#include <aspectdiff/sdk.hpp>
#include <aspectdiff/sdk/embedded.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace aspectdiff::plugins::actors {

namespace {

constexpr const char *default_config =
    R"(# Extra gazetteer files (TSV: key, category, label, aliases[, attributes]; see the plugin's
# README). Relative paths are relative to the configuration file.
gazetteers = []
# true: use only the gazetteers above, not the built-in ones.
replace_builtin = false
# Recognise names that no gazetteer lists (typed by titles, heads, context).
unknown_names = true
# New names found with less confidence than this (0 to 1) are dropped.
min_confidence = 0.5
# How much a demonym ("Chinese") counts toward its state's salience, relative to a name.
demonym_weight = 0.5
# Co-occurrence pairs reported as metrics.
max_pairs = 12
# Use the trained name tagger (false: the rules alone).
tagger = true
# A tagger model file to use instead of the built-in one (tools/train_tagger.cpp writes them).
tagger_model = ""
)";

// Built-in data: generated files are compiled in from the build tree, so they are found by the
// end of their path.
std::string_view builtin(std::string_view suffix) {
  for (const auto &f : sdk::embedded_files())
    if (f.name == suffix || f.name.ends_with(std::string("/") + std::string(suffix)))
      return f.bytes;
  throw std::runtime_error("the actors plugin was built without its data file '" +
                           std::string(suffix) + "'");
}

// A file a setting names, read whole and recorded for the result's provenance.
std::string user_file(const sdk::Config &config, const std::filesystem::path &path,
                      std::string_view what, std::string_view setting) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw sdk::ConfigError(std::string(what) + " '" + path.string() +
                           "' cannot be read (setting '" + std::string(setting) + "')");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string text = bytes.str();
  config.record_data(path.string(), text);
  return text;
}

double number_in(const sdk::Config &config, std::string_view key, double fallback, double low,
                 double high) {
  const double v = config.get_number(key, fallback);
  if (!(v >= low && v <= high))
    throw sdk::ConfigError("setting '" + std::string(key) + "' must be between " +
                           std::to_string(low) + " and " + std::to_string(high) + ", found " +
                           std::to_string(v));
  return v;
}

// Kept from one document to the next on the same thread (their capacity, not their contents).
struct Buffers {
  StringTable strings;
  std::vector<Mention> mentions;
  std::vector<Actor> actors;
  std::vector<std::uint32_t> actor_of;
};

// Not inlined, so the thread-local address is looked up once per document.
[[gnu::noinline]] Buffers &buffers() {
  thread_local Buffers b;
  return b;
}

} // namespace

class ActorsPlugin {
public:
  static constexpr sdk::PluginInfo info{
      .name = "actors",
      .version = "1.0.0",
      .aspect = "actors",
      .summary = "People, states, organisations, places, blocs and facilities, resolved to one "
                 "identity each, with salience, roles and co-occurrence",
      .languages = "en",
      .default_config = default_config};

  explicit ActorsPlugin(const sdk::Config &config)
      : tagger_(load_tagger(config, gaz_)),
        recognizer_(gaz_, recognizer_options(config, tagger_.get())) {
    summary_.demonym_weight = number_in(config, "demonym_weight", 0.5, 0.0, 1.0);
    const double pairs = number_in(config, "max_pairs", 12, 0, 1000);
    if (pairs != std::floor(pairs))
      throw sdk::ConfigError("setting 'max_pairs' must be a whole number");
    summary_.max_pairs = static_cast<std::size_t>(pairs);

    try {
      load_builtin(gaz_, !config.get_bool("replace_builtin", false), [&](std::string_view name) {
        const auto bytes = builtin(name);
        config.record_data(name, bytes);
        return bytes;
      });
    } catch (const std::invalid_argument &e) {
      throw std::runtime_error(std::string("built-in data: ") + e.what());
    }
    for (const auto &path : config.get_strings("gazetteers")) {
      const auto resolved = config.resolve_path(path);
      const std::string text = user_file(config, resolved, "gazetteer file", "gazetteers");
      try {
        gaz_.add_entries(text, resolved.string(), Source::user);
      } catch (const std::invalid_argument &e) {
        throw sdk::ConfigError(std::string("gazetteer ") + e.what());
      }
    }
  }

  void extract(const sdk::Document &doc, const sdk::Inputs &, const sdk::ResultWriter &out) const {
    Buffers &b = buffers();
    b.strings.clear();
    release_if_oversized(b.actor_of, doc.text().size() / 64 + 16);
    recognizer_.find(doc, b.strings, b.mentions);
    resolve(gaz_, doc, b.mentions, b.strings, b.actors, b.actor_of);
    write_result(doc, gaz_, b.mentions, b.actors, b.actor_of, summary_, out);
  }

  void compare(const sdk::Document &a, const sdk::ResultView &ra, const sdk::Document &b,
               const sdk::ResultView &rb, const sdk::CompareWriter &out) const {
    compare_actors(a, ra, b, rb, CompareOptions{}, out);
  }

private:
  static RecognizerOptions recognizer_options(const sdk::Config &config, const NameTagger *tagger) {
    RecognizerOptions ro;
    ro.tagger = tagger;
    ro.unknown_names = config.get_bool("unknown_names", true);
    ro.min_confidence = static_cast<float>(number_in(config, "min_confidence", 0.5, 0.0, 1.0));
    return ro;
  }

  // The model is read here; the gazetteer it reads cue classes from is filled afterwards.
  static std::unique_ptr<NameTagger> load_tagger(const sdk::Config &config, const Gazetteer &gaz) {
    if (!config.get_bool("tagger", true)) return nullptr;
    const std::string path = config.get_string("tagger_model");
    if (path.empty()) {
      const auto bytes = builtin(builtin_tagger_model);
      config.record_data(builtin_tagger_model, bytes);
      return std::make_unique<NameTagger>(gaz, TaggerModel::load(bytes, builtin_tagger_model));
    }
    const auto resolved = config.resolve_path(path);
    const std::string text = user_file(config, resolved, "tagger model", "tagger_model");
    try {
      return std::make_unique<NameTagger>(gaz, TaggerModel::load(text, resolved.string()));
    } catch (const std::runtime_error &e) {
      throw sdk::ConfigError(std::string(e.what()) + " (setting 'tagger_model')");
    }
  }

  Gazetteer gaz_;
  std::unique_ptr<NameTagger> tagger_;
  Recognizer recognizer_;
  SummaryOptions summary_;
};

} // namespace aspectdiff::plugins::actors

ASPECTDIFF_PLUGIN(actors, aspectdiff::plugins::actors::ActorsPlugin)
