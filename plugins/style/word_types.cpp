#include "word_types.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>

namespace aspectdiff::plugins::style {

WordTypes::WordTypes(std::size_t expected_types) {
  slots_.resize(std::bit_ceil(std::max<std::size_t>(16, expected_types * 2)));
  words_.reserve(expected_types);
}

std::uint64_t WordTypes::hash(std::string_view s) noexcept {
  // Eight bytes at a time (words are short: usually one or two steps), each step mixed by a
  // multiply-xorshift, then a final mix so that the low bits used for the slot index are spread.
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    h = (h ^ chunk) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
  }
  if (i < s.size()) {
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, s.data() + i, s.size() - i);
    h = (h ^ chunk) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
  }
  h *= 0x94d049bb133111ebull;
  h ^= h >> 32;
  return h;
}

WordTypes::Interned WordTypes::intern(std::string_view word) {
  const std::uint64_t h = hash(word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    Slot &slot = slots_[i];
    if (slot.id == empty) {
      if (words_.size() >= empty - 1) throw std::length_error("too many distinct words");
      slot = {h, static_cast<std::uint32_t>(words_.size())};
      words_.push_back(word);
      const Interned result{slot.id, true};
      if (words_.size() * 2 > slots_.size()) grow();
      return result;
    }
    if (slot.hash == h && words_[slot.id] == word) return {slot.id, false};
  }
}

void WordTypes::grow() {
  std::vector<Slot> bigger(slots_.size() * 2);
  const std::size_t mask = bigger.size() - 1;
  for (const Slot &s : slots_) {
    if (s.id == empty) continue;
    std::size_t i = s.hash & mask;
    while (bigger[i].id != empty)
      i = (i + 1) & mask;
    bigger[i] = s;
  }
  slots_.swap(bigger);
}

} // namespace aspectdiff::plugins::style
