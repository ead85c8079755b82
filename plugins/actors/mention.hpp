// One mention of an actor found in the text, before and after identity resolution.
#pragma once

#include "gazetteer.hpp"
#include "string_table.hpp"

#include <cstdint>
#include <string_view>

namespace aspectdiff::plugins::actors {

// How the text names the actor; reported per mention so consumers can tell a name from a
// demonym ("Chinese"), a stand-in ("the Kremlin" for Russia) or a pronoun ("he").
enum class Form : std::uint8_t { name, surname, demonym, metonym, description, acronym, pronoun };
// What the sentence makes plain about the mention: it acts, it is acted upon, or neither.
enum class Role : std::uint8_t { other, agent, patient };

// Inline: the result writes one of each per mention.
constexpr std::string_view to_string(Form f) noexcept {
  switch (f) {
  case Form::name:
    return "name";
  case Form::surname:
    return "surname";
  case Form::demonym:
    return "demonym";
  case Form::metonym:
    return "metonym";
  case Form::description:
    return "description";
  case Form::acronym:
    return "acronym";
  case Form::pronoun:
    return "pronoun";
  }
  return "name";
}

constexpr std::string_view to_string(Role r) noexcept {
  switch (r) {
  case Role::other:
    return "other";
  case Role::agent:
    return "agent";
  case Role::patient:
    return "patient";
  }
  return "other";
}

// Kept small (no strings: text is referred to by id into the document's StringTable), since a
// news-like document names an actor every 30-60 bytes and the mention list is walked by every
// later stage.
struct Mention {
  const Phrase *phrase = nullptr;   // the gazetteer phrase matched, or none for a new name
  std::uint32_t begin = 0, end = 0; // bytes in the original text
  std::uint32_t sentence = 0;
  std::uint32_t first_token = 0, last_token = 0; // [first, last) in the document
  std::int32_t entry = -1;                       // set by the resolver: the gazetteer entry, or -1
  float confidence = 1.0f;
  Category category = Category::person;
  Form form = Form::name;
  Role role = Role::other;
  bool possessive = false; // followed by "'s"
  bool titled = false;     // a title stands before it ("President", "Gen.")
  bool needs_link = false; // an ordinary word kept only as the surname of a named person
  bool opening = false;    // such a word, opening its sentence (its capital tells nothing)
  bool vouched = false;    // such a word the tagger reads as a person: kept with no full name
  StringTable::Id name = StringTable::none;        // new names: normalised words joined by spaces
  StringTable::Id role_phrase = StringTable::none; // descriptions: "leader", "foreign minister"
  StringTable::Id key = StringTable::none;         // set by the resolver when there is no entry
};
static_assert(sizeof(Mention) <= 56, "a mention stays a small record: keep strings out of it");

} // namespace aspectdiff::plugins::actors
