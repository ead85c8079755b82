// A set of words of at most eight bytes, each with a value, built at compile time and looked up
// as one 64-bit key: for the short lists the segmenter and language identification consult for
// nearly every word (abbreviations, function words), where hashing a string cost more than the
// rest of the word's rules.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace aspectdiff::text {

// A word of one to eight bytes packed into an integer, zero-padded. At run time two loads that
// may overlap (overlapping bytes are the same bytes), not a loop whose exit depends on the
// word's length.
constexpr std::uint64_t pack_short_word(std::string_view word) noexcept {
  const std::size_t n = word.size();
  if (std::is_constant_evaluated() || std::endian::native != std::endian::little) {
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < n; ++i)
      key |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
    return key;
  }
  const char *p = word.data();
  if (n >= 4) {
    std::uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    return std::uint64_t{head} | (std::uint64_t{tail} << (8 * (n - 4)));
  }
  const auto byte = [p](std::size_t i) {
    return std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  };
  return byte(0) | byte(n / 2) | byte(n - 1);
}

// Open addressing with linear probing over 2^Bits slots; keep it under a quarter full. Words
// that differ only in trailing zero bytes pack alike, so each slot keeps its word's length.
template <typename Value, unsigned Bits> class ShortWordTable {
public:
  static constexpr std::size_t kSlots = std::size_t{1} << Bits;
  static constexpr std::size_t kMaxBytes = 8;

  // Adds `word` (1 to 8 bytes) with `value`; the first value given for a word stays.
  constexpr void insert(std::string_view word, Value value) noexcept {
    const std::uint64_t key = pack_short_word(word);
    std::size_t slot = slot_of(key);
    for (; lengths_[slot] != 0; slot = next(slot))
      if (keys_[slot] == key && lengths_[slot] == word.size()) return;
    keys_[slot] = key;
    lengths_[slot] = static_cast<std::uint8_t>(word.size());
    values_[slot] = value;
  }

  // The value of `word`, or nullptr when it is not in the table.
  constexpr const Value *find(std::string_view word) const noexcept {
    if (word.empty() || word.size() > kMaxBytes) return nullptr;
    const std::uint64_t key = pack_short_word(word);
    for (std::size_t slot = slot_of(key); lengths_[slot] != 0; slot = next(slot))
      if (keys_[slot] == key && lengths_[slot] == word.size()) return &values_[slot];
    return nullptr;
  }

private:
  static constexpr std::size_t slot_of(std::uint64_t key) noexcept {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - Bits));
  }
  static constexpr std::size_t next(std::size_t slot) noexcept { return (slot + 1) & (kSlots - 1); }

  std::uint64_t keys_[kSlots] = {};
  std::uint8_t lengths_[kSlots] = {}; // 0: an empty slot
  Value values_[kSlots] = {};
};

} // namespace aspectdiff::text
