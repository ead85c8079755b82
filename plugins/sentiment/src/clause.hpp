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

} // namespace aspectdiff::plugins::sentiment
