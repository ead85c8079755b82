// The words the cue lexicon knows, interned to small integers, with the word sets each belongs
// to. One lookup per token turns the document into ids and set masks, so every later check on
// the hot path is an integer comparison instead of a string comparison.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::hedging {

using WordId = std::uint32_t;
inline constexpr WordId no_word = 0xffffffffu;
using SetMask = std::uint64_t;
inline constexpr std::size_t max_sets = 64;

namespace vocabulary_detail {

// For a word of n <= 16 bytes, the masks that keep its bytes of two little-endian 8-byte
// loads (at 0 and at 8): a table, so packing a token costs two loads and no branch.
struct ByteMasks {
  std::uint64_t low[17] = {};
  std::uint64_t high[17] = {};
};
constexpr ByteMasks make_byte_masks() noexcept {
  ByteMasks m;
  for (std::size_t n = 0; n <= 16; ++n) {
    for (std::size_t b = 0; b < n && b < 8; ++b)
      m.low[n] |= std::uint64_t{0xff} << (8 * b);
    for (std::size_t b = 8; b < n; ++b)
      m.high[n] |= std::uint64_t{0xff} << (8 * (b - 8));
  }
  return m;
}
inline constexpr ByteMasks masks_by_length = make_byte_masks();

} // namespace vocabulary_detail

class Vocabulary {
public:
  // The id of `word`, adding it when new.
  WordId intern(std::string_view word);
  // The id of `word`, or no_word. Safe to call concurrently once building is over. Inline:
  // every token of every document goes through it. Probing reads a table of 16-bit tags small
  // enough to stay in the first-level cache; only a tag hit reads the slot, which holds the
  // word's packed bytes, so words of up to 16 bytes are compared as two integers.
  [[gnu::always_inline]] WordId find(std::string_view word) const noexcept {
    if (word.size() > longest_ || word.empty()) return no_word;
    return probe(key_of(word), word);
  }
  // The same for a word with at least 16 readable bytes from its start (a token inside a larger
  // buffer): it packs the word with two loads and masks instead of branching on its length.
  [[gnu::always_inline]] WordId find_padded(std::string_view word) const noexcept {
    if constexpr (std::endian::native != std::endian::little) return find(word);
    if (word.size() > longest_ || word.empty()) return no_word;
    if (word.size() > 16) return probe(key_of(word), word);
    const std::size_t n = word.size();
    Key key;
    key.size = static_cast<std::uint32_t>(n);
    key.low = load8(word.data()) & vocabulary_detail::masks_by_length.low[n];
    key.high = load8(word.data() + 8) & vocabulary_detail::masks_by_length.high[n];
    return probe(key, word);
  }

  // The id of a named set, creating it when new; throws std::length_error past max_sets.
  std::size_t set_id(std::string_view name);
  // The id of a named set, or max_sets when there is none.
  std::size_t find_set(std::string_view name) const noexcept;
  void add_to_set(WordId word, std::size_t set) { masks_[word] |= SetMask{1} << set; }
  SetMask mask(WordId word) const noexcept { return word == no_word ? 0 : masks_[word]; }

  std::string_view word(WordId id) const noexcept { return words_[id]; }
  std::size_t size() const noexcept { return words_.size(); }

private:
  // A word's bytes packed into two integers: exact for words of up to 16 bytes, a filter for
  // longer ones.
  struct Key {
    std::uint64_t low = 0, high = 0;
    std::uint32_t size = 0;
  };
  struct Slot {
    Key key;
    WordId id = no_word;
  };
  // The hash's top bits, never 0 (0 marks an empty slot).
  static std::uint16_t tag_of(std::uint64_t h) noexcept {
    return static_cast<std::uint16_t>((h >> 48) | 1u);
  }
  static std::uint64_t load8(const char *p) noexcept {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  // Up to 16 bytes: the bytes themselves, zero-padded. Longer: the first and the last eight.
  static Key key_of(std::string_view s) noexcept {
    const std::size_t n = s.size();
    Key k;
    k.size = static_cast<std::uint32_t>(n);
    if (n > 16) {
      k.low = load8(s.data());
      k.high = load8(s.data() + n - 8);
    } else {
      char padded[16] = {};
      std::memcpy(padded, s.data(), n);
      k.low = load8(padded);
      k.high = load8(padded + 8);
    }
    return k;
  }
  [[gnu::always_inline]] WordId probe(const Key &key, std::string_view word) const noexcept {
    const std::uint64_t h = hash(key);
    const std::uint16_t tag = tag_of(h);
    const std::size_t mask = tags_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint16_t t = tags_[i];
      if (t == 0) return no_word;
      if (t != tag) continue;
      const Slot &slot = slots_[i];
      if (slot.key.low == key.low && slot.key.high == key.high && slot.key.size == key.size &&
          (key.size <= 16 || words_[slot.id] == word))
        return slot.id;
    }
  }
  static std::uint64_t hash(const Key &k) noexcept {
    const std::uint64_t h =
        (k.low ^ (k.high * 0x9e3779b97f4a7c15ull) ^ k.size) * 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 31);
  }
  void insert_slot(WordId id);
  void grow();

  std::deque<std::string> storage_; // stable addresses for the views below
  std::vector<std::string_view> words_;
  std::vector<SetMask> masks_;
  // Open addressing, linear probing, at most a quarter full: tags_[i] is 0 for an empty slot,
  // else the tag of the word in slots_[i].
  std::vector<std::uint16_t> tags_;
  std::vector<Slot> slots_;
  std::size_t longest_ = 0; // longer tokens cannot be known words
  std::vector<std::string> set_names_;
};

} // namespace aspectdiff::plugins::hedging
