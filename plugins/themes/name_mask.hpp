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

// The tokens [first, end) of one recognised name.
struct NameRange {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
};

// The multi-token mention spans of `actors` as token ranges of `doc`, sorted, overlapping ones
// merged. A span covers the tokens that lie wholly inside it; a span that covers fewer than
// two tokens names nothing to mask (the word is the name itself). Empty without actors.
std::vector<NameRange> name_ranges(const sdk::Document &doc,
                                   const std::optional<sdk::ResultView> &actors);

} // namespace aspectdiff::plugins::themes
