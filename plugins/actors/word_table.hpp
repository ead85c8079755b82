// Open-addressing hash tables for the recogniser's hot path: one look-up per capitalised token
// finds the word's cue classes and its place in the gazetteer's phrase trie.
#pragma once

#include <algorithm>
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

// The high and low halves of a full 64 x 64-bit product, folded: every bit of the result
// depends on every bit of both factors, so one multiplication mixes a short word well enough
// for both the bucket (low bits) and the tag (high bits).
inline std::uint64_t fold_multiply(std::uint64_t a, std::uint64_t b) noexcept {
  __extension__ using u128 = unsigned __int128;
  const u128 product = static_cast<u128>(a) * b;
  return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

constexpr std::uint64_t hash_seed = 0x9e3779b97f4a7c15ull, hash_factor = 0xff51afd7ed558ccdull;

// A word of eight bytes or fewer as one integer: two overlapping loads (or three single bytes),
// never past either end. Together with the length it identifies the word, so a table can compare
// it in place of the bytes.
inline std::uint64_t pack_short(const char *p, std::size_t n) noexcept {
  if (n >= 4) return load4(p) | (load4(p + n - 4) << 32);
  if (n == 0) return 0;
  return static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
         static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
         static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
}
inline std::uint64_t hash_short(std::uint64_t packed, std::size_t n) noexcept {
  return fold_multiply(packed ^ hash_seed, hash_factor ^ n);
}
// Longer words eight bytes at a time, the last eight read overlapping the previous ones.
inline std::uint64_t hash_long(const char *p, std::size_t n) noexcept {
  std::uint64_t h = hash_seed ^ n;
  while (n > 8) {
    h = fold_multiply(h ^ load8(p), hash_factor);
    p += 8;
    n -= 8;
  }
  return fold_multiply(h ^ load8(p + n - 8), hash_factor ^ 0x2d);
}

inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  return s.size() <= 8 ? hash_short(pack_short(s.data(), s.size()), s.size())
                       : hash_long(s.data(), s.size());
}

// Maps a word to a dense id. The table owns its strings (in one byte arena), so callers may pass
// temporaries.
class WordTable {
public:
  static constexpr std::uint32_t npos = 0xffffffffu;

  // One hash of the caller's bytes. A slot holds its word's key and length: for a word of up
  // to eight bytes (most words) the key is the packed word itself, so a match needs no look at
  // the text; for a longer one it is the hash, which rules out most other words before their
  // text is compared. Out of line: inlined at the recogniser's many call sites, it costs them
  // more in registers than the call saves; the long case is a call of its own, so that the
  // short one needs few registers.
  [[gnu::noinline]] std::uint32_t find(std::string_view word) const noexcept {
    const std::size_t n = word.size();
    if (n > 8) return find_long(word);
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t packed = pack_short(word.data(), n);
    for (std::size_t i = hash_short(packed, n) & mask;; i = (i + 1) & mask) {
      const Slot &slot = slots_[i];
      if (slot.id == npos) return npos;
      if (slot.key == packed && slot.size == n) return slot.id;
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
  [[gnu::noinline]] std::uint32_t find_long(std::string_view word) const noexcept {
    const std::size_t mask = slots_.size() - 1;
    const std::size_t n = word.size();
    const std::uint64_t h = hash_long(word.data(), n);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot &slot = slots_[i];
      if (slot.id == npos) return npos;
      if (slot.key == h && slot.size == n && same(slot.id, word)) return slot.id;
    }
  }

  struct Slot {
    std::uint64_t key = 0; // the packed word (up to eight bytes) or its hash
    std::uint32_t id = npos;
    std::uint32_t size = 0; // the word's length in bytes
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
    const std::string_view w = word(id);
    const std::uint64_t h = hash_bytes(w);
    std::size_t i = h & mask;
    while (slots_[i].id != npos)
      i = (i + 1) & mask;
    const std::uint64_t key = w.size() <= 8 ? pack_short(w.data(), w.size()) : h;
    slots_[i] = {key, id, static_cast<std::uint32_t>(w.size())};
  }
  void grow() {
    slots_.assign(std::max<std::size_t>(1024, slots_.size() * 2), Slot{});
    for (std::uint32_t id = 0; id < size(); ++id)
      place(id);
  }

  std::string bytes_;                              // every word, one after the other
  std::vector<std::size_t> ends_{0};               // word i is bytes_[ends_[i], ends_[i + 1])
  std::vector<Slot> slots_ = std::vector<Slot>(1); // one empty slot: find needs no size test
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
