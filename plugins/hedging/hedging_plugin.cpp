#include "hedging_plugin.hpp"

#include "comparison.hpp"

#include <aspectdiff/sdk/embedded.hpp>

#include <fstream>
#include <sstream>

namespace aspectdiff::plugins::hedging {
namespace {

std::string read_user_file(const sdk::Config &config, const std::string &setting,
                           const std::string &value) {
  const auto path = config.resolve_path(value);
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw sdk::ConfigError("hedging: cannot read the file '" + path.string() + "' named in " +
                           setting);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::unique_ptr<CueLexicon> load_lexicon(const sdk::Config &config) {
  auto lexicon = std::make_unique<CueLexicon>();
  try {
    const auto sets = sdk::embedded_file("data/word_sets.tsv");
    config.record_data("data/word_sets.tsv", sets);
    lexicon->add_word_sets(sets, "data/word_sets.tsv");
    for (const auto &file : config.get_strings("word_set_files")) {
      const std::string text = read_user_file(config, "word_set_files", file);
      config.record_data(file, text);
      lexicon->add_word_sets(text, config.resolve_path(file).string());
    }
    if (!config.get_bool("replace_builtin_cues", false)) {
      const auto cues = sdk::embedded_file("data/cues.tsv");
      config.record_data("data/cues.tsv", cues);
      lexicon->add_cues(cues, "data/cues.tsv");
    }
    for (const auto &file : config.get_strings("cue_files")) {
      const std::string text = read_user_file(config, "cue_files", file);
      config.record_data(file, text);
      lexicon->add_cues(text, config.resolve_path(file).string());
    }
  } catch (const LexiconError &e) {
    throw sdk::ConfigError(std::string("hedging: ") + e.what());
  }
  if (lexicon->size() == 0)
    throw sdk::ConfigError("hedging: the cue lexicon is empty (replace_builtin_cues is true and "
                           "cue_files names no entries)");
  lexicon->finish();
  return lexicon;
}

} // namespace

HedgingPlugin::HedgingPlugin(const sdk::Config &config) : lexicon_(load_lexicon(config)) {
  try {
    finder_ = std::make_unique<CueFinder>(*lexicon_);
    sets_ = std::make_unique<RuleSets>(*lexicon_);
  } catch (const LexiconError &e) {
    throw sdk::ConfigError(std::string("hedging: ") + e.what());
  }
  const double max_claims = config.get_number("max_claims", 200);
  if (!(max_claims >= 0.0) || max_claims > 1e7 ||
      max_claims != static_cast<double>(static_cast<std::size_t>(max_claims)))
    throw sdk::ConfigError("hedging: max_claims must be a whole number >= 0, found " +
                           config.get_string("max_claims"));
  settings_.max_claims = static_cast<std::size_t>(max_claims);
  settings_.index_smoothing = config.get_number("index_smoothing", 1.0);
  if (!(settings_.index_smoothing >= 0.0) || settings_.index_smoothing > 1e6)
    throw sdk::ConfigError("hedging: index_smoothing must be a number >= 0, found " +
                           config.get_string("index_smoothing"));
}

void HedgingPlugin::extract(const sdk::Document &doc, const sdk::Inputs &inputs,
                            const sdk::ResultWriter &out) const {
  const auto actors = inputs.find("actors");
  if (!actors)
    out.note("the actors aspect is absent: claims are not tied to actors, and the comparison "
             "cannot say which actors one document hedges about and the other asserts");
  const DocumentScan scan = finder_->find(doc);
  const auto mentions = actor_mentions(actors);
  for (const auto &m : mentions)
    if (m.end > doc.text().size())
      throw sdk::InputError("hedging: an actor mention ends at byte " + std::to_string(m.end) +
                            ", past the end of the text (" + std::to_string(doc.text().size()) +
                            " bytes)");
  // Only sentences holding a cue or naming an actor are split into clauses.
  const auto clauses = ClauseSplitter(*lexicon_, *sets_).split(doc, scan, mentions);
  write_result(doc, scan, clauses, actors, settings_, out);
}

void HedgingPlugin::compare(const sdk::Document &, const sdk::ResultView &ra, const sdk::Document &,
                            const sdk::ResultView &rb, const sdk::CompareWriter &out) const {
  compare_results(ra, rb, out);
}

} // namespace aspectdiff::plugins::hedging

ASPECTDIFF_PLUGIN(hedging, aspectdiff::plugins::hedging::HedgingPlugin)
