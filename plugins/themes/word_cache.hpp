// A per-thread memo from a normalised word to what the plugin needs to know about it: its
// lexicon entry, its stem (interned, for key phrases) and whether it is a stop word. Stemming
// costs far more than a hash look-up and news text repeats its words, so each distinct word is
// stemmed once per thread rather than once per token.
#pragma once

#include "lexicon.hpp"
#include "stemmer.hpp"

#include <cstdint>
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

  const WordInfo &lookup(std::string_view norm);
  std::string_view stem_text(std::uint32_t stem) const noexcept { return stems_[stem]; }
  std::size_t stem_count() const noexcept { return stems_.size(); }
  // Forgets everything once the memo grows past a bound, so a long run over many documents
  // keeps its memory bounded. Call between documents only: it invalidates stem ids.
  void trim();

private:
  // 16 bytes, so that the table of a large vocabulary stays in cache; what a word resolves to
  // lives in `infos_`, in first-seen order (frequent words first, close together).
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t key_begin = 0;
    std::uint32_t key_size = UINT32_MAX; // UINT32_MAX marks an empty slot
    std::uint32_t info = 0;
  };
  bool holds(const Slot &slot, std::uint32_t hash, std::string_view norm) const noexcept {
    return slot.hash == hash && slot.key_size == norm.size() &&
           same_bytes(keys_.data() + slot.key_begin, norm.data(), norm.size());
  }
  // Most words are short: compare them with two overlapping loads rather than a call to memcmp.
  static bool same_bytes(const char *a, const char *b, std::size_t n) noexcept;
  const WordInfo &insert(std::string_view norm, std::uint32_t hash, std::size_t at);
  void grow();

  const Lexicon &lexicon_;
  Stemmer stemmer_;
  std::vector<Slot> slots_; // open addressing, linear probing, power-of-two size
  std::vector<WordInfo> infos_;
  std::string keys_; // every cached word, back to back
  std::vector<std::string> stems_;
  std::unordered_map<std::string, std::uint32_t> stem_ids_;
};

// The calling thread's cache for one plugin instance (identified by a serial number that is
// never reused, so a destroyed instance's cache is never mistaken for a new one's).
WordCache &thread_word_cache(std::uint64_t instance_serial, const Lexicon &lexicon);

} // namespace aspectdiff::plugins::themes
