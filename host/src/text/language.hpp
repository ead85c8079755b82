// A fast heuristic language guess from a segmented document: the script its words are written
// in, and for Latin script the share of frequent English function words.
#pragma once

#include "model/document.hpp"
#include "text/function_words.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace aspectdiff::text {

// Evidence gathered word by word (the segmenter feeds it as it goes, so no second pass).
class LanguageEvidence {
public:
  // A word's normalised form; `ascii` when it holds no byte beyond ASCII. Inline: the
  // segmenter calls it for every word.
  void add_word(std::string_view norm, bool ascii) noexcept {
    ++total_;
    if (!ascii) {
      add_non_ascii_word(norm);
    } else {
      ++words_[Script::latin];
      if (sampled_ < kSample) {
        ++sampled_;
        function_words_ += is_function_word(norm) ? 1 : 0;
      }
    }
  }

  // "en" when the words are mostly Latin script and at least a fifth of them are English
  // function words (a text of fewer than 20 words needs only one; the share is taken over the
  // first kSample ASCII words, which is plenty and keeps long texts cheap); "ru", "zh", "ja", "ko",
  // "ar", "el", "he", "hi", "th" when that script holds most of the words (Cyrillic is taken
  // as Russian); "und" otherwise.
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

  static constexpr std::uint64_t kSample = 20000;

private:
  void add_non_ascii_word(std::string_view norm) noexcept;

  std::uint64_t sampled_ = 0; // ASCII words looked up
  std::array<std::uint64_t, Script::count> words_{};
  std::uint64_t function_words_ = 0;
  std::uint64_t total_ = 0;
};

// The same guess from a document's tokens and normalised forms.
std::string detect_language(const model::Document &doc);

} // namespace aspectdiff::text
