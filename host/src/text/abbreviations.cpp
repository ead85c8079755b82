#include "text/abbreviations.hpp"

#include "text/short_word_table.hpp"

namespace aspectdiff::text {

namespace {

static_assert([] {
  for (const auto &a : kAbbreviations)
    if (a.text.empty() || a.text.size() > ShortWordTable<AbbreviationKind, 8>::kMaxBytes)
      return false;
  return true;
}());
static_assert(kAbbreviations.size() * 4 <= ShortWordTable<AbbreviationKind, 8>::kSlots);

// Built at compile time; the first entry for a text gives its kind.
constexpr auto kTable = [] {
  ShortWordTable<AbbreviationKind, 8> table;
  for (const auto &a : kAbbreviations)
    table.insert(a.text, a.kind);
  return table;
}();

} // namespace

std::optional<AbbreviationKind> detail::look_up_abbreviation(std::string_view token) {
  if (const AbbreviationKind *kind = kTable.find(token)) return *kind;
  return std::nullopt;
}

} // namespace aspectdiff::text
