// A per-thread memo from a normalised word to what the plugin needs to know about it: its
// lexicon entry, its stem (interned, for key phrases) and whether it is a stop word. Stemming
// costs far more than a hash look-up and news text repeats its words, so each distinct word is
// stemmed once per thread rather than once per token.
#pragma once

#include "lexicon.hpp"
#include "stemmer.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aspectdiff::plugins::themes {

enum class WordKind : std::uint8_t { other, stop, content };

// What a word resolves to; analysis.cpp reads it once per token.
struct WordInfo {
  std::uint32_t entry = no_entry;  // Lexicon entry of its stem, or no_entry
  std::uint32_t stem = 0;          // interned stem, see WordCache::stem_text
  std::uint32_t learned_begin = 0; // the entry's range in Lexicon::learned_targets()
  std::uint32_t learned_end = 0;
  WordKind kind = WordKind::other; // stop or content for every cached word
  // A content word, which may be part of a key phrase; a token keeps it only when it has two
  // bytes or more (no stray initials in key phrases).
  bool key_word = false;
  bool cues = false; // the entry starts a hand-written cue
  // The word starts a cue or carries learned weights: analyse() comes back to it after its
  // sentence's walk, which then touches no per-theme sum.
  bool scan = false;
};

class WordCache {
public:
  explicit WordCache(const Lexicon &lexicon) : lexicon_(lexicon) { reset_table(); }

  // One probe in the common case: a word of up to eight bytes is identified by its length and
  // one 64-bit key that holds all its bytes, so a hit compares two numbers and reads no text.
  // `readable` is how many bytes may be read from norm.data() (norm.size() at least): with
  // eight or more, as for every word not at the very end of its buffer, the key is one load
  // and a mask, with no branch on the length. Only the short-word case is inline; longer words
  // and new words take an out-of-line call, which keeps the caller's token loop free of the
  // registers the rare paths need.
  const WordInfo &lookup(std::string_view norm, std::size_t readable) {
    const std::size_t size = norm.size();
    if (size <= 8) {
      const std::uint64_t bytes = readable >= 8
                                      ? load<std::uint64_t>(norm.data()) & prefix_masks[size]
                                      : short_bytes(norm.data(), size);
      for (std::size_t at = slot_of(short_hash(bytes));; at = (at + 1) & mask_) {
        const Slot &slot = table_[at];
        if (slot.bytes == bytes && slot.key_size == size) return info_data_[slot.info];
        if (slot.key_size == empty_slot) break;
      }
    }
    return lookup_slow(norm);
  }
  const WordInfo &lookup(std::string_view norm) { return lookup(norm, norm.size()); }
  std::string_view stem_text(std::uint32_t stem) const noexcept { return stems_[stem]; }
  std::size_t stem_count() const noexcept { return stems_.size(); }
  // Forgets everything once the memo grows past a bound, so a long run over many documents
  // keeps its memory bounded. Call between documents only: it invalidates stem ids.
  void trim();

private:
  // `bytes` packs a short word's bytes (see key_of); for a longer word it is its last eight
  // bytes and the rest is compared against `keys_`.
  struct Key {
    std::uint64_t bytes = 0;
    std::uint64_t hash = 0;
  };
  // A word of up to eight bytes as one number: its bytes in memory order, the rest zero, so
  // that together with the length it identifies the word. Most words are that short.
  static std::uint64_t short_bytes(const char *p, std::size_t n) noexcept {
    std::uint64_t v = 0;
    if (n != 0) std::memcpy(&v, p, n);
    return v;
  }
  // For n = 0..8, the bits of a 64-bit load that hold the first n bytes in memory: a load
  // masked with it equals short_bytes.
  static constexpr auto prefix_masks = [] {
    std::array<std::uint64_t, 9> m{};
    for (std::size_t n = 1; n <= 8; ++n)
      m[n] = std::endian::native == std::endian::little
                 ? (n == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1)
                 : ~std::uint64_t{0} << (64 - 8 * n);
    return m;
  }();
  // One multiply (Fibonacci hashing): slot_of takes the product's top bits, which depend on
  // every bit of the word. The length is left out: zero padding tells lengths apart but for
  // trailing NUL bytes, and words that differ only in those merely share a probe chain (the
  // slot compares the length).
  static std::uint64_t short_hash(std::uint64_t bytes) noexcept {
    return bytes * 0x9e3779b97f4a7c15ULL;
  }
  // A longer word: its last eight bytes are `bytes`; for up to 16 bytes those and the first
  // eight are all of it, and a longer word's middle is folded in eight bytes at a time.
  static Key key_of(std::string_view s) noexcept {
    const char *p = s.data();
    const std::size_t n = s.size();
    if (n <= 8) {
      const std::uint64_t bytes = short_bytes(p, n);
      return {bytes, short_hash(bytes)};
    }
    const std::uint64_t last = load<std::uint64_t>(p + n - 8);
    std::uint64_t h = load<std::uint64_t>(p) ^ (std::uint64_t{n} << 56);
    for (std::size_t at = 8; at + 8 < n; at += 8)
      h = std::rotl(h * 0x9e3779b97f4a7c15ULL, 31) ^ load<std::uint64_t>(p + at);
    return {last, last_hash(h, last)};
  }
  // The end of key_of's hash of a longer word: for one of 9 to 16 bytes, `h` is its first eight
  // bytes and its length, so lookup_slow computes it from two loads.
  static std::uint64_t last_hash(std::uint64_t h, std::uint64_t last) noexcept {
    return (std::rotl(h * 0x9e3779b97f4a7c15ULL, 31) ^ last) * 0xff51afd7ed558ccdULL;
  }
  // The slot index is the hash's top bits: after a multiply the low bits depend on few input
  // bits, and indexing by them made probe chains several slots long.
  std::size_t slot_of(std::uint64_t hash) const noexcept {
    return static_cast<std::size_t>(hash >> shift_);
  }
  template <typename T> static T load(const char *p) noexcept {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  static constexpr std::uint32_t empty_slot = UINT32_MAX; // as Slot::key_size
  // 16 bytes, so that the table of a large vocabulary stays in cache; what a word resolves to
  // lives in `infos_`, in first-seen order (frequent words first, close together).
  struct Slot {
    std::uint64_t bytes = 0;
    std::uint32_t key_size = empty_slot;
    std::uint32_t info = 0;
  };
  bool long_word_matches(const Slot &slot, std::string_view norm) const noexcept;
  const WordInfo &lookup_slow(std::string_view norm);
  [[gnu::noinline]] const WordInfo &lookup_general(std::string_view norm);
  const WordInfo &insert(std::string_view norm, Key key, std::size_t at);
  void grow();
  void reset_table();

  const Lexicon &lexicon_;
  Stemmer stemmer_;
  std::vector<Slot> slots_; // open addressing, linear probing, power-of-two size
  Slot *table_ = nullptr;   // slots_.data(), kept in step with it
  std::size_t mask_ = 0;    // slots_.size() - 1
  int shift_ = 63;          // 64 - log2(slots_.size())
  std::vector<WordInfo> infos_;
  const WordInfo *info_data_ = nullptr;   // infos_.data(), kept in step with it
  std::vector<std::uint32_t> key_begins_; // per info: where its word starts in `keys_`
  std::string keys_;                      // every cached word, back to back
  std::vector<std::string> stems_;
  std::unordered_map<std::string, std::uint32_t> stem_ids_;
};

// The calling thread's cache for one plugin instance (identified by a serial number that is
// never reused, so a destroyed instance's cache is never mistaken for a new one's).
WordCache &thread_word_cache(std::uint64_t instance_serial, const Lexicon &lexicon);

} // namespace aspectdiff::plugins::themes
