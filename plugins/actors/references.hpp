// Mentions that name nobody by themselves: third-person singular pronouns ("he", "her") and
// bare office descriptions ("the president"). They are found here, after the names, and the
// resolver links each to the person it most likely means (see link_references in
// resolver.cpp) or drops it.
#pragma once

#include "gazetteer.hpp"
#include "mention.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <vector>

namespace aspectdiff::plugins::actors {

// Adds the references of `doc` to `mentions` (in text order, as the names are); a reference
// never overlaps a name.
void find_references(const sdk::Document &doc, const Gazetteer &gaz, StringTable &strings,
                     std::vector<Mention> &mentions);

} // namespace aspectdiff::plugins::actors
