// One pass over a document that gathers everything the style metrics are computed from: the
// words (with their type and syllables), per-sentence counts, passives and quotations.
#pragma once

#include "quotations.hpp"
#include "settings.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <cstdint>
#include <vector>

namespace aspectdiff::plugins::style {

// A word: a token with a letter or a number. Clitics split off by the tokenizer ("'s") belong to
// the word before them and are not words of their own.
struct WordInfo {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t sentence = 0; // index into the document's sentences
  std::uint32_t syllables = 0;
  bool numeric = false;
};

struct SentenceInfo {
  std::uint32_t words = 0;
  std::uint32_t syllables = 0;
  bool question = false;    // ends in "?"
  bool exclamation = false; // ends in "!"
};

struct Profile {
  std::vector<WordInfo> words;      // in text order
  std::vector<std::uint32_t> types; // types[i]: the type of words[i], numbered from 0
  std::uint32_t type_count = 0;
  std::vector<SentenceInfo> sentences; // one per document sentence
  std::vector<sdk::Span> passives;
  std::vector<Quotation> quotations;
  std::uint64_t syllables = 0;
  std::uint64_t long_words = 0; // words of three or more syllables (numbers excluded)
  std::uint64_t quoted_words = 0;
  std::vector<std::uint32_t> quotation_words; // words inside each quotation

  static bool is_long(const WordInfo &w) noexcept { return !w.numeric && w.syllables >= 3; }
};

Profile build_profile(const sdk::Document &doc, const Settings &settings);

} // namespace aspectdiff::plugins::style
