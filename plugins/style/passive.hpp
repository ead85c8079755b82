// Passive voice, found by a heuristic: a form of "be" or "get", then at most three adverbs or
// further forms of "be", then a past participle (a word in -ed that is not on the list of -ed
// words that are no participles, or an irregular participle from the list).
//   "was signed", "has been widely criticised", "is being built", "got caught"
// It misses passives without an auxiliary ("the deal, signed in 2014, ...") and counts
// adjectival participles that survive the exclusion list ("is divided").
#pragma once

#include <aspectdiff/sdk/document.hpp>

#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace aspectdiff::plugins::style {

class PassiveDetector {
public:
  // One word per line; '#' starts a comment. `label` names the source in error messages.
  void add_irregular_participles(std::string_view lines, std::string_view label);
  void add_non_participles(std::string_view lines, std::string_view label);

  // Appends the span from auxiliary to participle of each passive in one sentence's tokens.
  void find(const sdk::Document &doc, std::span<const sdk::Token> sentence,
            std::vector<sdk::Span> &out) const;

  bool is_participle(std::string_view norm) const;

private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  using WordSet = std::unordered_set<std::string, Hash, std::equal_to<>>;
  static void add_words(WordSet &set, std::string_view lines, std::string_view label);

  WordSet irregular_;
  WordSet non_participles_;
};

} // namespace aspectdiff::plugins::style
