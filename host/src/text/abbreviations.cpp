#include "text/abbreviations.hpp"

#include <cstdint>

namespace aspectdiff::text {

namespace {

// Every entry fits in eight bytes, so a token is looked up as one 64-bit key: the segmenter
// asks for every word that a period follows, and hashing a string each time cost more than
// the rest of the word's rules.
constexpr std::size_t kMaxBytes = 8;

static_assert([] {
  for (const auto &a : kAbbreviations)
    if (a.text.empty() || a.text.size() > kMaxBytes) return false;
  return true;
}());

// A token of at most eight bytes packed into an integer, zero-padded. Tokens that differ only
// in trailing zero bytes pack alike, so the table keeps each entry's length too.
constexpr std::uint64_t pack(std::string_view token) noexcept {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < token.size(); ++i)
    key |= std::uint64_t{static_cast<unsigned char>(token[i])} << (8 * i);
  return key;
}

constexpr unsigned kTableBits = 8;
constexpr std::size_t kTableSize = std::size_t{1} << kTableBits;

constexpr std::size_t slot_of(std::uint64_t key) noexcept {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - kTableBits));
}

// Open addressing with linear probing, built at compile time; a quarter full at most.
struct Table {
  std::uint64_t keys[kTableSize] = {};
  std::uint8_t lengths[kTableSize] = {}; // 0: an empty slot
  AbbreviationKind kinds[kTableSize] = {};
  constexpr Table() noexcept {
    for (const auto &a : kAbbreviations) {
      const std::uint64_t key = pack(a.text);
      std::size_t slot = slot_of(key);
      while (lengths[slot] != 0)
        slot = (slot + 1) & (kTableSize - 1);
      keys[slot] = key;
      lengths[slot] = static_cast<std::uint8_t>(a.text.size());
      kinds[slot] = a.kind;
    }
  }
};

constexpr Table kTable;

static_assert(kAbbreviations.size() * 4 <= kTableSize);

} // namespace

std::optional<AbbreviationKind> detail::look_up_abbreviation(std::string_view token) {
  if (token.empty() || token.size() > kMaxBytes) return std::nullopt;
  const std::uint64_t key = pack(token);
  for (std::size_t slot = slot_of(key);; slot = (slot + 1) & (kTableSize - 1)) {
    if (kTable.lengths[slot] == 0) return std::nullopt;
    if (kTable.keys[slot] == key && kTable.lengths[slot] == token.size()) return kTable.kinds[slot];
  }
}

} // namespace aspectdiff::text
