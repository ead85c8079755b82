// Frequent English function words: the language detector counts them, and the sentence
// splitter uses them to tell "in the U.S. The next day" (a new sentence) from "U.S. troops".
// Data, not code; every entry is lower case ASCII of at most 8 bytes, so a look-up is one
// 64-bit compare.
#pragma once

#include "text/short_word_table.hpp"

#include <array>
#include <string_view>

namespace aspectdiff::text {

inline constexpr std::array<std::string_view, 112> kFunctionWords{
    "the",    "of",     "and",   "to",      "a",       "in",     "is",      "it",       "that",
    "was",    "for",    "on",    "are",     "as",      "with",   "his",     "they",     "i",
    "at",     "be",     "this",  "have",    "from",    "or",     "had",     "by",       "but",
    "not",    "what",   "all",   "were",    "we",      "when",   "your",    "can",      "there",
    "an",     "which",  "their", "if",      "do",      "will",   "each",    "about",    "how",
    "up",     "out",    "them",  "then",    "she",     "many",   "some",    "so",       "these",
    "would",  "other",  "into",  "has",     "more",    "her",    "him",     "no",       "could",
    "than",   "been",   "who",   "its",     "now",     "my",     "over",    "did",      "only",
    "our",    "us",     "those", "such",    "also",    "after",  "should",  "because",  "between",
    "while",  "where",  "both",  "through", "against", "under",  "however", "although", "he",
    "you",    "me",     "any",   "most",    "very",    "just",   "being",   "why",      "here",
    "must",   "might",  "until", "upon",    "without", "within", "yet",     "nor",      "whose",
    "before", "during", "since", "does",
};

namespace detail {
inline constexpr auto kFunctionWordTable = [] {
  ShortWordTable<bool, 9> table;
  for (const auto word : kFunctionWords)
    table.insert(word, true);
  return table;
}();

static_assert([] {
  for (const auto word : kFunctionWords)
    if (word.empty() || word.size() > 8) return false;
  return true;
}());
} // namespace detail

// Whether `word` (lower case, as in a normalised token) is in kFunctionWords. Inline, for the
// language identification that asks it of every word it samples.
inline bool is_function_word(std::string_view word) noexcept {
  return detail::kFunctionWordTable.find(word) != nullptr;
}

// Whether `word` as written is a function word with a capital first letter ("The", "However").
bool is_capitalised_function_word(std::string_view word) noexcept;

} // namespace aspectdiff::text
