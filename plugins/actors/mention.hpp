// One mention of an actor found in the text, before and after identity resolution.
#pragma once

#include "gazetteer.hpp"

#include <cstdint>
#include <string>

namespace aspectdiff::plugins::actors {

// How the text names the actor; reported per mention so consumers can tell a name from a
// demonym ("Chinese") or a stand-in ("the Kremlin" for Russia).
enum class Form : std::uint8_t { name, surname, demonym, metonym, description, acronym };
// What the sentence makes plain about the mention: it acts, it is acted upon, or neither.
enum class Role : std::uint8_t { other, agent, patient };

const char *to_string(Form f) noexcept;
const char *to_string(Role r) noexcept;

struct Mention {
  std::uint32_t begin = 0, end = 0; // bytes in the original text
  std::uint32_t sentence = 0;
  std::uint32_t first_token = 0, last_token = 0; // [first, last) in the document
  const Phrase *phrase = nullptr; // the gazetteer phrase matched, or none for a new name
  std::int32_t entry = -1;        // set by the resolver: the gazetteer entry, or -1
  Category category = Category::person;
  Form form = Form::name;
  Role role = Role::other;
  bool possessive = false; // followed by "'s"
  bool titled = false;     // a title stands before it ("President", "Gen.")
  bool needs_link = false; // an ordinary word kept only as the surname of a named person
  float confidence = 1.0f;
  std::string name;        // new names and descriptions: normalised words joined by spaces
  std::string role_phrase; // descriptions: "leader", "foreign minister"
  std::string key;         // set by the resolver
};

} // namespace aspectdiff::plugins::actors
