// Recognised names whose words must not count toward themes by their common-noun sense:
// "union" in "European Union" is not Labour, "party" in "Labour Party" is not Government
// operations. The names come from the actors aspect (an optional input): every mention span of
// more than one token. Inside a name, single-word cues and learned word weights do not count;
// a phrase cue does, as a phrase is written for a fixed expression or a name itself ("Power of
// Siberia", also inside "Power of Siberia pipeline").
#pragma once

#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/result.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace aspectdiff::plugins::themes {

// Only organisations and facilities mask words: their names are made of common nouns ("Union",
// "Party", "Bank", "Power", "Pipeline"), while the words in the names of states, places and
// people are names themselves ("Korea" in "South Korea" is rightly a cue).
// And only names the actors aspect is sure of: those from its curated gazetteer
// (confidence 0.95). Names it finds by capitalisation patterns (0.85 and below) are too often the
// ordinary words of a title-case headline ("Storm Lashes Coast"), and masking them silenced the
// very words that say what the headline is about.
inline constexpr double min_name_confidence = 0.9;

// The tokens [first, end) of one recognised name.
struct NameRange {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
};

// The multi-token mention spans of `actors` organisations and facilities with at least
// min_name_confidence, as token ranges of `doc`, sorted, overlapping ones merged. A span covers the
// tokens that lie wholly inside it; a span that covers fewer than two tokens names nothing to mask
// (the word is the name itself). Empty without actors.
std::vector<NameRange> name_ranges(const sdk::Document &doc,
                                   const std::optional<sdk::ResultView> &actors);

} // namespace aspectdiff::plugins::themes
