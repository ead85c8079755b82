// Identity: every mention resolves to one canonical actor. Gazetteer names give their entry's
// key; seats of government always stand for their state, capitals when they act; a later (or
// earlier) surname alone joins the full name the document gives; "the Chinese leader" joins the
// Chinese leader the document names, or counts toward China as a demonym does; new names get a
// key made from their words, so two documents naming the same stranger still match.
#pragma once

#include "gazetteer.hpp"
#include "mention.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace aspectdiff::plugins::actors {

struct Actor {
  std::string key;
  std::string label;
  Category category = Category::person;
  std::int32_t entry = -1;             // gazetteer entry, or -1 for a name found in the text
  std::vector<std::uint32_t> mentions; // indices into the mention list, in text order
};

// Resolves `mentions` in place (key, entry, category, form) and groups them into actors, in
// order of first mention. `strings` holds the mentions' strings; the keys made are added to it.
std::vector<Actor> resolve(const Gazetteer &gaz, std::string_view text,
                           std::vector<Mention> &mentions, StringTable &strings);

} // namespace aspectdiff::plugins::actors
