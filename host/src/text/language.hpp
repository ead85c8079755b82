// Language identification with Google's Compact Language Detector 2 (Debian's libcld2, 83
// languages), run once per document over a sample of its words.
#pragma once

#include "model/document.hpp"

#include <array>
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
    if (sample_.size() < kSampleBytes) {
      sample_.append(norm);
      sample_.push_back(' ');
    }
  }

  // The BCP 47 tag CLD2 gives the sample ("de", "zh", "zh-Hant"...) when it gives one language
  // at least half of the text. When it cannot tell: the script's language for a script that
  // (nearly) one language writes, as for a short Russian or Greek sentence; "und" for a
  // Latin-script text too short or too mixed to tell.
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

private:
  void add_non_ascii_word(std::string_view norm) noexcept;

  std::string sample_;
  std::array<std::uint64_t, Script::count> words_{};
  std::uint64_t total_ = 0;
};

// The same identification from a document's tokens and normalised forms.
std::string detect_language(const model::Document &doc);

} // namespace aspectdiff::text
