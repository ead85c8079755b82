// The hedging aspect: how certain a document sounds, and where. Finds hedges, boosters,
// attribution, weasel attribution and limiting conditionals, ties them to the clauses and actors
// they qualify, and compares two documents' certainty.
#pragma once

#include "claims.hpp"
#include "cue_finder.hpp"
#include "cue_lexicon.hpp"
#include "result_output.hpp"

#include <aspectdiff/sdk.hpp>

#include <memory>

namespace aspectdiff::plugins::hedging {

inline constexpr aspectdiff_requirement requirements[] = {{"actors", "1.0", 1}};

inline constexpr const char *default_config =
    R"(# Extra cue files: tab-separated, the columns of the built-in data/cues.tsv. An entry with the
# pattern of a built-in one replaces it; class "off" removes it.
cue_files = []
# Extra word-set files: "name<TAB>words", adding to the built-in sets or defining new ones.
word_set_files = []
# Use only the cue files above instead of the built-in cue lexicon.
replace_builtin_cues = false
# Added to the sum of booster and hedge strengths in the certainty index's denominator, so a
# single cue is not a verdict.
index_smoothing = 1.0
# Hedged claims listed as items, the most strongly hedged first (the count covers them all).
max_claims = 200
)";

class HedgingPlugin {
public:
  static constexpr sdk::PluginInfo info{
      .name = "hedging",
      .version = "1.0.0",
      .aspect = "hedging",
      .summary = "How certain a document sounds: hedges, boosters, attribution and weasel words "
                 "tied to the claims they qualify",
      .languages = "en",
      .default_config = default_config,
      .requires_list = requirements};

  explicit HedgingPlugin(const sdk::Config &config);

  void extract(const sdk::Document &doc, const sdk::Inputs &inputs,
               const sdk::ResultWriter &out) const;
  void compare(const sdk::Document &a, const sdk::ResultView &ra, const sdk::Document &b,
               const sdk::ResultView &rb, const sdk::CompareWriter &out) const;

private:
  std::unique_ptr<CueLexicon> lexicon_; // on the heap: the finder keeps a reference to it
  std::unique_ptr<CueFinder> finder_;
  std::unique_ptr<RuleSets> sets_;
  OutputSettings settings_;
};

} // namespace aspectdiff::plugins::hedging
