// Writes one document's hedging result: cue items, per-class densities with per-sentence
// values, the certainty index, sentence labels, hedged claims and each actor's stance.
#pragma once

#include "claims.hpp"
#include "cue_finder.hpp"

#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/result.hpp>

#include <optional>
#include <vector>

namespace aspectdiff::plugins::hedging {

// Metric names, shared with the comparison.
inline constexpr const char *density_metric[cue_class_count] = {
    "hedges_per_1k", "boosters_per_1k", "attributions_per_1k", "weasels_per_1k",
    "conditionals_per_1k"};
inline constexpr const char *certainty_metric = "certainty_index";
// Item key prefixes and category of actor stances, shared with the comparison.
inline constexpr std::string_view cue_key_prefix = "cue:";
inline constexpr std::string_view stance_key_prefix = "stance:";
inline constexpr std::string_view hedged_evidence_attribute = "hedged_evidence";

struct OutputSettings {
  double index_smoothing = 1.0; // added to the index's denominator
  std::size_t max_claims = 200; // hedged-claim items listed (the most strongly hedged first)
};

void write_result(const sdk::Document &doc, const DocumentScan &scan,
                  const std::vector<Clause> &clauses, const std::optional<sdk::ResultView> &actors,
                  const OutputSettings &settings, const sdk::ResultWriter &out);

} // namespace aspectdiff::plugins::hedging
