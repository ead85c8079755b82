// Where clauses end inside a sentence: the scorer stops negation and conditions there, and
// per-actor scoring takes the clause around a mention.
#pragma once

#include <string_view>

namespace aspectdiff::plugins::sentiment {

// Punctuation that closes a clause (normalised form: dashes are already '-').
inline bool ends_clause(std::string_view norm) noexcept {
  if (norm.empty()) return false;
  switch (norm[0]) {
  case ',':
  case ';':
  case ':':
  case '(':
  case ')':
  case '[':
  case ']':
  case '-':
    return true;
  default:
    return false;
  }
}

// Punctuation after which a capitalised word may begin a quoted or appended sentence rather than
// a name: quotation marks, a colon, a dash or an opening bracket.
inline bool opens_sentence(std::string_view norm) noexcept {
  if (norm.empty()) return false;
  switch (norm[0]) {
  case '\'':
  case '"':
  case '`':
  case ':':
  case '-':
  case '(':
  case '[':
    return true;
  default:
    return norm.starts_with("\u201c") || norm.starts_with("\u2018");
  }
}

// Short function words: written with a capital inside a sentence, they mark a title-case
// headline or post ("Plans For The City", "I Love This"), not a name.
inline bool function_word(std::string_view norm) noexcept {
  static constexpr std::string_view words[] = {
      "a",  "an",  "the", "and", "or", "of",   "to",   "for",  "in", "on",  "at",  "by",
      "is", "are", "was", "be",  "it", "this", "that", "with", "my", "you", "our", "so"};
  if (norm.size() > 4) return false;
  for (const auto w : words)
    if (norm == w) return true;
  return false;
}

} // namespace aspectdiff::plugins::sentiment
