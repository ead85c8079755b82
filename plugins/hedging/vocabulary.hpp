// The words the cue lexicon knows, interned to small integers, with the word sets each belongs
// to. One lookup per token turns the document into ids and set masks, so every later check on
// the hot path is an integer comparison instead of a string comparison.
#pragma once

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

class Vocabulary {
public:
  // The id of `word`, adding it when new.
  WordId intern(std::string_view word);
  // The id of `word`, or no_word. Safe to call concurrently once building is over. Inline:
  // every token of every document goes through it.
  WordId find(std::string_view word) const noexcept {
    if (word.size() > longest_ || slots_.empty()) return no_word;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(word) & mask;; i = (i + 1) & mask) {
      const WordId id = slots_[i];
      if (id == no_word) return no_word;
      if (words_[id] == word) return id;
    }
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
  // The first and the last eight bytes (overlapping for short words) and the length, mixed:
  // the same cost for any length, and known words are short and differ in those bytes.
  static std::uint64_t hash(std::string_view s) noexcept {
    std::uint64_t head = 0, tail = 0;
    const std::size_t n = s.size();
    if (n >= 8) {
      std::memcpy(&head, s.data(), 8);
      std::memcpy(&tail, s.data() + n - 8, 8);
    } else if (n > 0) {
      std::memcpy(&head, s.data(), n);
    }
    const std::uint64_t h = (head ^ (tail * 0x9e3779b97f4a7c15ull) ^ n) * 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 31);
  }
  void grow();

  std::deque<std::string> storage_; // stable addresses for the views below
  std::vector<std::string_view> words_;
  std::vector<SetMask> masks_;
  std::vector<WordId> slots_; // open addressing, linear probing; no_word = empty
  std::size_t longest_ = 0;   // longer tokens cannot be known words
  std::vector<std::string> set_names_;
};

} // namespace aspectdiff::plugins::hedging
