// Syllable counts of English words: a rule-based estimate (vowel groups corrected for silent and
// split vowels) backed by a table of exceptions for words the rules get wrong.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace aspectdiff::plugins::style {

// Estimated syllables of one normalised (lowercase) token. Letters are counted in runs split at
// anything but a letter or an apostrophe, so "u.s." counts 2 and "western-style" 3. A numeric
// token counts one syllable per digit (at most 5: "2014" is "twen-ty four-teen"). An all-caps
// token of at most three letters is read letter by letter ("EU", "CCP"). Every run counts at
// least one syllable.
unsigned estimate_syllables(std::string_view norm, bool all_caps = false, bool numeric = false);

// Estimated syllables of one run of ASCII letters (lowercase, apostrophes allowed).
unsigned estimate_run_syllables(std::string_view letters);

// Exceptions first, then the estimate. Counts are remembered across documents, in one table per
// thread: a news vocabulary repeats from article to article, and an estimate costs thousands of
// instructions where a look-up costs tens.
class SyllableCounter {
public:
  SyllableCounter();

  // Adds "word<TAB>syllables" lines ('#' starts a comment; blank lines are skipped). Throws
  // std::invalid_argument naming `label` and the line for a malformed line.
  void add_exceptions(std::string_view tsv, std::string_view label);

  unsigned count(std::string_view norm, bool all_caps = false, bool numeric = false) const;

  std::size_t exception_count() const noexcept { return exceptions_.size(); }

private:
  unsigned count_uncached(std::string_view norm, bool all_caps, bool numeric) const;

  std::unordered_map<std::string, std::uint8_t> exceptions_;
  // Which exceptions a thread's remembered counts were made with: new with every change, so that
  // no counter reads counts made under other exceptions.
  std::uint64_t generation_;
};

} // namespace aspectdiff::plugins::style
