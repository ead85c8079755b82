// Language identification with Google's Compact Language Detector 2 (Debian's libcld2, 83
// languages), run once per document over a sample of its words.
#pragma once

#include "model/document.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

namespace aspectdiff::text {

// Evidence gathered word by word (the segmenter feeds it as it goes, so no second pass over the
// text): the first kSampleBytes of the words' normalised forms, and how many words each script
// holds.
class LanguageEvidence {
public:
  LanguageEvidence() { sample_.reserve(256); }

  // A word's normalised form; `ascii` when it holds no byte beyond ASCII. Inline: the
  // segmenter calls it for every word.
  void add_word(std::string_view norm, bool ascii) noexcept {
    ++total_;
    if (ascii)
      ++words_[Script::latin];
    else
      add_non_ascii_word(norm);
    if (sample_.size() < kSampleBytes) add_to_sample(norm, ascii);
  }

  // The BCP 47 tag CLD2 gives the sample ("de", "zh", "zh-Hant"...) when it gives one language
  // at least half of the text. A sample that is plainly English prose (see plainly_english) is
  // English without asking CLD2, whose scoring cost more than segmenting the text. When it cannot
  // tell: the script's language for a script that (nearly) one language writes, as for a short
  // Russian or Greek sentence; "und" for a Latin-script text too short or too mixed to tell.
  std::string language() const;

  enum Script : std::size_t {
    latin,
    cyrillic,
    han,
    kana,
    hangul,
    arabic,
    greek,
    hebrew,
    devanagari,
    thai,
    other,
    count
  };

  // Enough text for CLD2 to be sure of a language (it is reliable from a few sentences), and
  // little enough that identification costs next to nothing on a long document.
  static constexpr std::size_t kSampleBytes = 8192;

  // At least this many words in the sample, nearly all ASCII (a "Russia–China" or a "café" may
  // stand in English prose; a text in another Latin-script language has an accented word in every
  // few), and at least this share of them English function words ("the", "of", "which"...). In
  // some 7,500 English documents of 40 words or more the share's median is 41 per cent; in
  // French, German, Spanish or Polish text it stays under 15, since few of the words are words
  // there ("a", "in", "was"); but an English text with three tenths in another language reached
  // 37, and CLD2, weighing bytes, named that other language. Of some 21,000 documents (English,
  // 19 other languages, mixtures and random text), CLD2 found English in every one that passes.
  // Asking it costs a tenth of a millisecond per article, more than segmenting the article.
  static constexpr std::uint64_t kPlainWords = 40;
  static constexpr std::uint64_t kPlainFunctionPercent = 40;
  static constexpr std::uint64_t kPlainNonAsciiPercent = 3;
  // And at least this many different function words: prose uses dozens, while a string of stray
  // letters ("a a: w a") can be two fifths "a" and is nobody's language.
  static constexpr int kPlainDistinctFunctionWords = 8;

private:
  void add_non_ascii_word(std::string_view norm) noexcept;
  // Out of line: only the first kSampleBytes of a document's words come here, and inlined into
  // every place the segmenter emits a word it slowed segmentation of long documents.
  void add_to_sample(std::string_view norm, bool ascii) noexcept;
  bool plainly_english() const noexcept {
    return sample_words_ >= kPlainWords &&
           std::popcount(function_words_seen_) >= kPlainDistinctFunctionWords &&
           sample_non_ascii_ * 100 <= sample_words_ * kPlainNonAsciiPercent &&
           sample_function_words_ * 100 >= sample_words_ * kPlainFunctionPercent;
  }

  std::string sample_;
  std::array<std::uint64_t, Script::count> words_{};
  std::uint64_t total_ = 0;
  std::uint64_t sample_words_ = 0, sample_non_ascii_ = 0, sample_function_words_ = 0;
  std::uint64_t function_words_seen_ = 0; // one bit per (hashed) function word seen
};

// The same identification from a document's tokens and normalised forms.
std::string detect_language(const model::Document &doc);

} // namespace aspectdiff::text
