// A per-thread memo from a normalised word to what the plugin needs to know about it: its
// lexicon entry, its stem (interned, for key phrases) and whether it is a stop word. Stemming
// costs far more than a hash look-up and news text repeats its words, so each distinct word is
// stemmed once per thread rather than once per token.
#pragma once

#include "lexicon.hpp"
#include "stemmer.hpp"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aspectdiff::plugins::themes {

struct WordInfo {
  std::uint32_t entry = no_entry;  // Lexicon entry of its stem, or no_entry
  std::uint32_t stem = 0;          // interned stem, see WordCache::stem_text
  std::uint32_t learned_begin = 0; // the entry's range in Lexicon::learned_targets()
  std::uint32_t learned_end = 0;
  bool stop = false;
  bool cues = false; // the entry starts a hand-written cue
};

class WordCache {
public:
  explicit WordCache(const Lexicon &lexicon) : lexicon_(lexicon) { slots_.resize(1024); }

  // One probe in the common case: a word of up to eight bytes is identified by its length and
  // one 64-bit key that holds all its bytes, so a hit compares two numbers and reads no text.
  const WordInfo &lookup(std::string_view norm) {
    const Key key = key_of(norm);
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = slot_of(key.hash) & mask;
    const auto size = static_cast<std::uint32_t>(norm.size());
    while (true) {
      const Slot &slot = slots_[at];
      if (slot.key_size == UINT32_MAX) break;
      if (slot.bytes == key.bytes && slot.key_size == size &&
          (size <= 8 || long_word_matches(slot, norm)))
        return infos_[slot.info];
      at = (at + 1) & mask;
    }
    return insert(norm, key, at);
  }
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
  // Eight bytes at a time with overlapping loads for the tail: most words are under eight
  // bytes, so a word costs one or two loads and a multiply or two, where a byte loop would chain
  // a multiply per byte. For up to eight bytes the tail holds every byte of the word (two
  // overlapping 4-byte loads, or the first, middle and last byte of a shorter word), so
  // together with the length it identifies the word.
  static Key key_of(std::string_view s) noexcept {
    const char *p = s.data();
    std::size_t n = s.size();
    std::uint64_t h = 0x9e3779b97f4a7c15ULL * (n + 1);
    while (n > 8) {
      h = mix(h ^ load<std::uint64_t>(p)) * 0x9e3779b97f4a7c15ULL;
      p += 8;
      n -= 8;
    }
    std::uint64_t tail = 0;
    if (n >= 4)
      tail = load<std::uint32_t>(p) | (std::uint64_t{load<std::uint32_t>(p + n - 4)} << 32);
    else if (n > 0)
      tail = static_cast<unsigned char>(p[0]) |
             (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
             (std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
    return {tail, mix(h ^ tail)};
  }
  // The slot index comes from the hash's high half: after mix()'s single multiply the low bits
  // depend on few input bits, and indexing by them made probe chains several slots long.
  static std::size_t slot_of(std::uint64_t hash) noexcept {
    return static_cast<std::size_t>(hash >> 32);
  }
  template <typename T> static T load(const char *p) noexcept {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  static std::uint64_t mix(std::uint64_t h) noexcept {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 29;
    return h;
  }
  // 16 bytes, so that the table of a large vocabulary stays in cache; what a word resolves to
  // lives in `infos_`, in first-seen order (frequent words first, close together).
  struct Slot {
    std::uint64_t bytes = 0;
    std::uint32_t key_size = UINT32_MAX; // UINT32_MAX marks an empty slot
    std::uint32_t info = 0;
  };
  bool long_word_matches(const Slot &slot, std::string_view norm) const noexcept;
  const WordInfo &insert(std::string_view norm, Key key, std::size_t at);
  void grow();

  const Lexicon &lexicon_;
  Stemmer stemmer_;
  std::vector<Slot> slots_; // open addressing, linear probing, power-of-two size
  std::vector<WordInfo> infos_;
  std::vector<std::uint32_t> key_begins_; // per info: where its word starts in `keys_`
  std::string keys_;                      // every cached word, back to back
  std::vector<std::string> stems_;
  std::unordered_map<std::string, std::uint32_t> stem_ids_;
};

// The calling thread's cache for one plugin instance (identified by a serial number that is
// never reused, so a destroyed instance's cache is never mistaken for a new one's).
WordCache &thread_word_cache(std::uint64_t instance_serial, const Lexicon &lexicon);

} // namespace aspectdiff::plugins::themes
