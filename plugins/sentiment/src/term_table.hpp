// An open-addressing hash table from a normalised term to a small integer id. It is built once
// when the plugin is created and then only read, from several threads at once; look-ups take a
// string_view and neither allocate nor copy. Keys are copied into one arena so the table does
// not depend on where they came from.
//
// Look-up is the scorer's hot path (every word of every document), so each slot carries the
// tag of the hash, and each key its length and first eight bytes: a miss (most words carry no
// sentiment) usually ends at the first slot, and a hit on a word of up to eight bytes (most
// words) compares two integers without touching the arena; a longer one compares its tail.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::sentiment {

class TermTable {
public:
  static constexpr std::uint32_t npos = 0xffffffffu;

  // The id of `term`, inserting it if it is new. Ids are dense: 0, 1, 2, ...
  std::uint32_t intern(std::string_view term);
  // The id of `term`, or npos. Inlined into the scorer's word loop: a call costs as much as a
  // miss.
  [[gnu::always_inline]] std::uint32_t find(std::string_view term) const noexcept {
    if (slots_.empty()) return npos;
    const std::uint64_t head = prefix(term);
    const std::uint64_t h = hash(head, term);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::uint64_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot slot = slots_[i];
      if (slot.id == npos) return npos;
      if (slot.tag != tag) continue;
      const Key &k = keys_[slot.id];
      if (k.head == head && k.size == term.size() &&
          (k.size <= 8 ||
           std::memcmp(arena_.data() + k.offset + 8, term.data() + 8, k.size - 8) == 0))
        return slot.id;
    }
  }
  std::string_view term(std::uint32_t id) const noexcept {
    return {arena_.data() + keys_[id].offset, keys_[id].size};
  }
  std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(keys_.size()); }

  // The first (up to) eight bytes of `s` as one integer, zero-padded. Fixed-size loads only, so
  // the compiler emits plain moves rather than a call to memcpy.
  static std::uint64_t prefix(std::string_view s) noexcept {
    const char *p = s.data();
    const std::size_t n = s.size();
    if (n >= 8) return load<8>(p);
    std::uint64_t v = 0;
    std::size_t shift = 0;
    if (n & 4) {
      v = load<4>(p);
      shift = 32;
      p += 4;
    }
    if (n & 2) {
      v |= load<2>(p) << shift;
      shift += 16;
      p += 2;
    }
    if (n & 1) v |= std::uint64_t{static_cast<unsigned char>(*p)} << shift;
    return v;
  }
  // Mixes the prefix, the length and, for long terms, the remaining bytes.
  static std::uint64_t hash(std::uint64_t head, std::string_view s) noexcept {
    constexpr std::uint64_t k0 = 0x9e3779b97f4a7c15ull;
    constexpr std::uint64_t k1 = 0xd6e8feb86659fd93ull;
    std::uint64_t h = mix(head ^ (k0 + s.size()), k1);
    for (std::size_t at = 8; at < s.size(); at += 8)
      h = mix(h ^ prefix(s.substr(at, 8)), k1);
    return mix(h, k0);
  }

private:
  template <std::size_t N> static std::uint64_t load(const char *p) noexcept {
    if constexpr (N == 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      return v;
    } else if constexpr (N == 4) {
      std::uint32_t v;
      std::memcpy(&v, p, 4);
      return v;
    } else {
      std::uint16_t v;
      std::memcpy(&v, p, 2);
      return v;
    }
  }
  static std::uint64_t mix(std::uint64_t a, std::uint64_t b) noexcept {
    a *= b;
    return a ^ (a >> 32);
  }

  // A slot is eight bytes, so the table of a lexicon of 30,000 forms stays within 512 KB.
  struct Slot {
    std::uint32_t tag = 0; // high bits of the hash: most slots of other keys fail here
    std::uint32_t id = npos;
  };
  struct Key {
    std::uint64_t head; // the first eight bytes, zero-padded
    std::uint32_t offset;
    std::uint32_t size;
  };
  void place(std::uint32_t id);
  void grow();

  std::string arena_;
  std::vector<Key> keys_;
  std::vector<Slot> slots_;
  std::uint64_t mask_ = 0;
};

} // namespace aspectdiff::plugins::sentiment
