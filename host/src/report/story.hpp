// A pair's story: one paragraph, written by templates from the pair's strongest ranked
// differences, that says in plain words how B differs from A. No text is generated beyond the
// templates; every clause names the rank of the difference it comes from, so a renderer can
// link its figures to that difference's evidence.
#pragma once

#include "model/comparison.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace aspectdiff::report {

// One piece of the paragraph: template text (rank 0) or a difference's own words (its rank).
struct StoryPart {
  std::string text;
  std::size_t rank = 0;
};

inline constexpr std::size_t story_differences = 3;

// "Compared with A (essay), B (op-ed) differs most in sentiment: <difference 1>. It also
// differs in themes: <difference 2>; and in hedging: <difference 3>." from the strongest
// differences that stand out (headline.hpp), at most two per aspect; a pair with none gets one
// sentence saying so. `name_a` and `name_b` are the documents' display names.
std::vector<StoryPart> pair_story(const model::Comparison &comparison, const std::string &name_a,
                                  const std::string &name_b,
                                  std::size_t differences = story_differences);

// The parts joined into plain text.
std::string story_text(const std::vector<StoryPart> &parts);

} // namespace aspectdiff::report
