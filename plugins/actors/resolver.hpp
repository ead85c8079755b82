// Identity: every mention resolves to one canonical actor. Gazetteer names give their entry's
// key; seats of government always stand for their state, capitals when they act; a later (or
// earlier) surname alone joins the full name the document gives; "the Chinese leader" joins the
// Chinese leader the document names, or counts toward China as a demonym does; new names get a
// key made from their words, so two documents naming the same stranger still match. Then the
// references (references.hpp) are added and linked: a pronoun to the person last named before
// it, "the president" to the person named in the document who holds that office.
#pragma once

#include "gazetteer.hpp"
#include "mention.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::actors {

// Keys and labels are views into the gazetteer, the document's StringTable or its text, all of
// which outlive the result being written.
struct Actor {
  std::string_view key;
  std::string_view label;
  Category category = Category::person;
  std::int32_t entry = -1;         // gazetteer entry, or -1 for a name found in the text
  std::uint32_t first_mention = 0; // index into the mention list
  std::uint32_t mention_count = 0;
};

// Resolves `mentions` in place (key, entry, category, form) and groups them into `actors`, in
// order of first mention; `actor_of[i]` is the actor of mention i. `strings` holds the mentions'
// strings; the keys made are added to it. The output vectors are cleared first (callers reuse
// them from one document to the next).
void resolve(const Gazetteer &gaz, const sdk::Document &doc, std::vector<Mention> &mentions,
             StringTable &strings, std::vector<Actor> &actors,
             std::vector<std::uint32_t> &actor_of);

} // namespace aspectdiff::plugins::actors
