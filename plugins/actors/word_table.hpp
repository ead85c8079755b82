// Open-addressing hash tables for the recogniser's hot path: one look-up per capitalised token
// finds the word's cue classes and its place in the gazetteer's phrase trie.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::actors {

// Loads of fixed size compile to single moves; a memcpy of a variable size would be a call.
inline std::uint64_t load8(const char *p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
inline std::uint64_t load4(const char *p) noexcept {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  // Eight bytes at a time (words are short: usually one or two rounds), the last up to seven
  // bytes read as two overlapping loads, then a final mix so that both the low bits (the
  // bucket) and the high bits (the tag) are well spread.
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
  const char *p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    h = (h ^ load8(p)) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    std::uint64_t w;
    if (n >= 4) {
      w = load4(p) | (load4(p + n - 4) << 32);
    } else {
      w = static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
          static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
          static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
    }
    h = (h ^ w) * 0xff51afd7ed558ccdull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  return h ^ (h >> 32);
}

// Maps a word to a dense id. The table owns its strings (in one byte arena), so callers may pass
// temporaries.
class WordTable {
public:
  static constexpr std::uint32_t npos = 0xffffffffu;

  // One hash of the caller's bytes; a slot's tag (high hash bits) rules out most other words
  // before their text is touched.
  std::uint32_t find(std::string_view word) const noexcept {
    if (slots_.empty()) return npos;
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t h = hash_bytes(word);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot slot = slots_[i];
      if (slot.id == npos) return npos;
      if (slot.tag == tag && same(slot.id, word)) return slot.id;
    }
  }

  std::uint32_t insert(std::string_view word) {
    if (const auto id = find(word); id != npos) return id;
    if ((size() + 1) * 2 > slots_.size()) grow();
    const auto id = static_cast<std::uint32_t>(size());
    bytes_.append(word);
    ends_.push_back(bytes_.size());
    place(id);
    return id;
  }

  std::size_t size() const noexcept { return ends_.size() - 1; }
  std::string_view word(std::uint32_t id) const noexcept {
    return std::string_view(bytes_).substr(ends_[id], ends_[id + 1] - ends_[id]);
  }

private:
  struct Slot {
    std::uint32_t id = npos;
    std::uint32_t tag = 0;
  };
  // Words are short: a few loads (overlapping at the end, never past either word) beat a call
  // to memcmp.
  bool same(std::uint32_t id, std::string_view word) const noexcept {
    const std::size_t begin = ends_[id], n = word.size();
    if (ends_[id + 1] - begin != n) return false;
    const char *a = bytes_.data() + begin;
    const char *b = word.data();
    if (n >= 8) {
      for (std::size_t i = 0; i + 8 <= n; i += 8)
        if (load8(a + i) != load8(b + i)) return false;
      return load8(a + n - 8) == load8(b + n - 8);
    }
    if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
    for (std::size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  void place(std::uint32_t id) {
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t h = hash_bytes(word(id));
    std::size_t i = h & mask;
    while (slots_[i].id != npos)
      i = (i + 1) & mask;
    slots_[i] = {id, static_cast<std::uint32_t>(h >> 32)};
  }
  void grow() {
    slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, Slot{});
    for (std::uint32_t id = 0; id < size(); ++id)
      place(id);
  }

  std::string bytes_;                // every word, one after the other
  std::vector<std::size_t> ends_{0}; // word i is bytes_[ends_[i], ends_[i + 1])
  std::vector<Slot> slots_;
};

// Maps a 64-bit key (trie node and word id) to a 32-bit value.
class EdgeTable {
public:
  static constexpr std::uint32_t npos = 0xffffffffu;

  std::uint32_t find(std::uint64_t key) const noexcept {
    if (keys_.empty()) return npos;
    const std::size_t mask = keys_.size() - 1;
    for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
      if (values_[i] == npos) return npos;
      if (keys_[i] == key) return values_[i];
    }
  }

  void insert(std::uint64_t key, std::uint32_t value) {
    if ((count_ + 1) * 2 > keys_.size()) grow();
    const std::size_t mask = keys_.size() - 1;
    std::size_t i = mix(key) & mask;
    while (values_[i] != npos && keys_[i] != key)
      i = (i + 1) & mask;
    if (values_[i] == npos) ++count_;
    keys_[i] = key;
    values_[i] = value;
  }

private:
  static std::uint64_t mix(std::uint64_t x) noexcept {
    x ^= x >> 31;
    x *= 0x7fb5d329728ea185ull;
    return x ^ (x >> 27);
  }
  void grow() {
    std::vector<std::uint64_t> old_keys = std::move(keys_);
    std::vector<std::uint32_t> old_values = std::move(values_);
    const std::size_t n = old_keys.empty() ? 1024 : old_keys.size() * 2;
    keys_.assign(n, 0);
    values_.assign(n, npos);
    count_ = 0;
    for (std::size_t i = 0; i < old_keys.size(); ++i)
      if (old_values[i] != npos) insert(old_keys[i], old_values[i]);
  }

  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> values_;
  std::size_t count_ = 0;
};

} // namespace aspectdiff::plugins::actors
