// Readability formulas of Flesch (1948) and Kincaid et al. (1975) from counts of words,
// sentences and syllables.
#pragma once

#include <cstdint>

namespace aspectdiff::plugins::style {

struct ReadabilityCounts {
  std::uint64_t words = 0;
  std::uint64_t sentences = 0;
  std::uint64_t syllables = 0;

  bool usable() const noexcept { return words > 0 && sentences > 0; }
  double words_per_sentence() const noexcept {
    return static_cast<double>(words) / static_cast<double>(sentences);
  }
  double syllables_per_word() const noexcept {
    return static_cast<double>(syllables) / static_cast<double>(words);
  }
};

// 206.835 - 1.015 * words/sentences - 84.6 * syllables/words: higher is easier (60-70 is plain
// English; below 30 is very hard). Requires counts.usable().
inline double flesch_reading_ease(const ReadabilityCounts &c) noexcept {
  return 206.835 - 1.015 * c.words_per_sentence() - 84.6 * c.syllables_per_word();
}

// 0.39 * words/sentences + 11.8 * syllables/words - 15.59: a US school grade. Requires
// counts.usable().
inline double flesch_kincaid_grade(const ReadabilityCounts &c) noexcept {
  return 0.39 * c.words_per_sentence() + 11.8 * c.syllables_per_word() - 15.59;
}

} // namespace aspectdiff::plugins::style
