// The taxonomy compiled for matching: every cue word is reduced to its Snowball stem, and each
// stem that starts a cue (or carries a learned weight) gets one entry listing what it
// contributes. Read-only after construction, shared by all threads.
#pragma once

#include "taxonomy.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace aspectdiff::plugins::themes {

class Stemmer;

inline constexpr std::uint32_t no_entry = UINT32_MAX;
inline constexpr std::uint32_t learned_cue = UINT32_MAX; // Contribution::cue of a learned weight

// What one match adds: `weight` to `theme`; `cue` indexes Taxonomy::cues() (or learned_cue).
struct Contribution {
  std::uint32_t theme = 0;
  float weight = 0.0F;
  std::uint32_t cue = learned_cue;
};

// A cue of two or more words starting with some entry: the entries of its other words, and
// what it contributes when all of them follow.
struct Phrase {
  std::vector<std::uint32_t> rest;
  std::vector<Contribution> contributions;
  std::uint32_t second = no_entry; // rest[0], kept inline so that most misses cost no load
};

// A learned weight as the per-token loop applies it: one flat record per theme it reaches, the
// parent of a finer theme included, so that a token costs a walk over one contiguous range.
struct LearnedTarget {
  std::uint32_t theme = 0;
  float weight = 0.0F;
};

struct LexEntry {
  std::vector<Contribution> single;  // hand-written one-word cues
  std::vector<Contribution> learned; // learned stem weights, added on every occurrence
  std::vector<Phrase> phrases;       // longest first
  // phrases[k].second for every k, packed: a token scans these few numbers and touches a
  // Phrase only when the next word fits (common words start many phrases).
  std::vector<std::uint32_t> seconds;
};

class Lexicon {
public:
  // `learned_scale` multiplies every learned weight (0 leaves them out).
  Lexicon(const Taxonomy &taxonomy, Stemmer &stemmer, double learned_scale,
          std::unordered_set<std::string> stop_words);

  std::uint32_t find(std::string_view stem) const;
  const LexEntry &entry(std::uint32_t id) const noexcept { return entries_[id]; }
  // Whether the entry starts a hand-written cue (one word or a phrase).
  bool has_cues(std::uint32_t id) const noexcept { return has_cues_[id] != 0; }
  // The entry's learned weights with their parents' shares spelled out, as a range of
  // learned_targets(): word_cache.hpp keeps the range per word, so tokens skip this look-up.
  std::pair<std::uint32_t, std::uint32_t> learned_range(std::uint32_t id) const noexcept {
    return {learned_begin_[id], learned_begin_[id + 1]};
  }
  const std::vector<LearnedTarget> &learned_targets() const noexcept { return learned_targets_; }
  // Equal for cues written alike (a theme and one below it may share words), so that reports
  // list such words once by comparing numbers rather than strings.
  std::uint32_t cue_text_id(std::uint32_t cue) const noexcept { return cue_text_ids_[cue]; }
  bool is_stop_word(std::string_view norm) const { return stop_words_.contains(norm); }
  const Taxonomy &taxonomy() const noexcept { return taxonomy_; }
  // The top-level theme above `theme`, or no_parent; a flat copy for the per-match path.
  std::uint32_t parent_of(std::uint32_t theme) const noexcept { return parents_[theme]; }
  // Cues whose single word stems to a stop word: they would fire on nearly every sentence.
  const std::vector<std::string> &stop_word_cues() const noexcept { return stop_word_cues_; }

private:
  std::uint32_t intern(std::string_view stem);

  const Taxonomy &taxonomy_;
  std::vector<LexEntry> entries_;
  std::vector<std::uint8_t> has_cues_;         // per entry
  std::vector<LearnedTarget> learned_targets_; // all entries' targets, back to back
  std::vector<std::uint32_t> learned_begin_;   // per entry, plus one past the last
  std::vector<std::uint32_t> cue_text_ids_;    // per cue
  // Transparent look-up: a stem is found from a string_view without building a std::string.
  struct StemHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  std::unordered_map<std::string, std::uint32_t, StemHash, std::equal_to<>> ids_;
  std::unordered_set<std::string, StemHash, std::equal_to<>> stop_words_;
  std::vector<std::string> stop_word_cues_;
  std::vector<std::uint32_t> parents_;
};

} // namespace aspectdiff::plugins::themes
