// Open-addressing hash tables for the recogniser's hot path: one look-up per capitalised token
// finds the word's cue classes and its place in the gazetteer's phrase trie.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::actors {

inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  // Eight bytes at a time (words are short: usually one or two rounds), then a final mix so
  // that both the low bits (the bucket) and the high bits (the tag) are well spread.
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
  const char *p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  return h ^ (h >> 32);
}

// Maps a word to a dense id. The table owns its strings, so callers may pass temporaries.
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
      if (slot.tag == tag && words_[slot.id] == word) return slot.id;
    }
  }

  std::uint32_t insert(std::string_view word) {
    if (const auto id = find(word); id != npos) return id;
    if ((words_.size() + 1) * 2 > slots_.size()) grow();
    const auto id = static_cast<std::uint32_t>(words_.size());
    words_.emplace_back(word);
    place(id);
    return id;
  }

  std::size_t size() const noexcept { return words_.size(); }
  const std::string &word(std::uint32_t id) const noexcept { return words_[id]; }

private:
  struct Slot {
    std::uint32_t id = npos;
    std::uint32_t tag = 0;
  };
  void place(std::uint32_t id) {
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t h = hash_bytes(words_[id]);
    std::size_t i = h & mask;
    while (slots_[i].id != npos)
      i = (i + 1) & mask;
    slots_[i] = {id, static_cast<std::uint32_t>(h >> 32)};
  }
  void grow() {
    slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, Slot{});
    for (std::uint32_t id = 0; id < words_.size(); ++id)
      place(id);
  }

  std::vector<std::string> words_;
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
