#include "text/abbreviations.hpp"

#include <string>
#include <unordered_map>

namespace aspectdiff::text {

namespace {

// The longest entry, so most words are rejected before hashing.
constexpr std::size_t longest_abbreviation() {
  std::size_t n = 0;
  for (const auto &a : kAbbreviations)
    n = a.text.size() > n ? a.text.size() : n;
  return n;
}

} // namespace

std::optional<AbbreviationKind> find_abbreviation(std::string_view token) {
  if (token.size() > longest_abbreviation()) return std::nullopt;
  static const auto table = [] {
    std::unordered_map<std::string_view, AbbreviationKind> t;
    for (const auto &a : kAbbreviations)
      t.emplace(a.text, a.kind);
    return t;
  }();
  const auto it = table.find(token);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

} // namespace aspectdiff::text
