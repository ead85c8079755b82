// The taxonomy compiled for matching: every cue word is reduced to its Snowball stem, and each
// stem that starts a cue (or carries a learned weight) gets one entry listing what it
// contributes. Read-only after construction, shared by all threads.
#pragma once

#include "taxonomy.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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
};

struct LexEntry {
  std::vector<Contribution> single;  // hand-written one-word cues
  std::vector<Contribution> learned; // learned stem weights, added on every occurrence
  std::vector<Phrase> phrases;       // longest first
};

class Lexicon {
public:
  // `learned_scale` multiplies every learned weight (0 leaves them out).
  Lexicon(const Taxonomy &taxonomy, Stemmer &stemmer, double learned_scale,
          std::unordered_set<std::string> stop_words);

  std::uint32_t find(std::string_view stem) const;
  const LexEntry &entry(std::uint32_t id) const noexcept { return entries_[id]; }
  bool is_stop_word(std::string_view norm) const { return stop_words_.contains(std::string(norm)); }
  const Taxonomy &taxonomy() const noexcept { return taxonomy_; }
  // The top-level theme above `theme`, or no_parent; a flat copy for the per-match path.
  std::uint32_t parent_of(std::uint32_t theme) const noexcept { return parents_[theme]; }
  // Cues whose single word stems to a stop word: they would fire on nearly every sentence.
  const std::vector<std::string> &stop_word_cues() const noexcept { return stop_word_cues_; }

private:
  std::uint32_t intern(std::string_view stem);

  const Taxonomy &taxonomy_;
  std::vector<LexEntry> entries_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::unordered_set<std::string> stop_words_;
  std::vector<std::string> stop_word_cues_;
  std::vector<std::uint32_t> parents_;
};

} // namespace aspectdiff::plugins::themes
