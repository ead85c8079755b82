#include "text/language.hpp"

#include "text/function_words.hpp"

#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace aspectdiff::text {

namespace {

using Script = LanguageEvidence::Script;

constexpr std::array<const char *, Script::count> kTags{"en", "ru", "zh", "ja", "ko", "ar",
                                                        "el", "he", "hi", "th", "und"};

Script script_of(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
  case USCRIPT_LATIN:
    return Script::latin;
  case USCRIPT_CYRILLIC:
    return Script::cyrillic;
  case USCRIPT_HAN:
    return Script::han;
  case USCRIPT_HIRAGANA:
  case USCRIPT_KATAKANA:
    return Script::kana;
  case USCRIPT_HANGUL:
    return Script::hangul;
  case USCRIPT_ARABIC:
    return Script::arabic;
  case USCRIPT_GREEK:
    return Script::greek;
  case USCRIPT_HEBREW:
    return Script::hebrew;
  case USCRIPT_DEVANAGARI:
    return Script::devanagari;
  case USCRIPT_THAI:
    return Script::thai;
  default:
    return Script::other;
  }
}

// The script of a word: that of its first letter beyond ASCII, Latin when it has none.
Script script_of(std::string_view word) {
  const auto *s = reinterpret_cast<const std::uint8_t *>(word.data());
  const auto n = static_cast<std::int32_t>(word.size());
  for (std::int32_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    const Script script = script_of(c);
    if (script != Script::other) return script; // "Common" marks and signs say nothing
  }
  return Script::latin;
}

} // namespace

void LanguageEvidence::add_non_ascii_word(std::string_view norm) noexcept {
  ++words_[script_of(norm)];
}

std::string LanguageEvidence::language() const {
  if (total_ == 0) return "und";
  std::size_t top = Script::latin;
  for (std::size_t s = 0; s < Script::count; ++s)
    if (words_[s] > words_[top]) top = s;
  if (top == Script::han && words_[Script::kana] > 0) top = Script::kana; // kanji with kana
  if (top != Script::latin) return kTags[top];
  // Under a dozen Latin-script words (a headline) is too little to tell languages apart; such a
  // text is taken as English, the language the plugins are built for.
  const bool english = total_ < 12   ? true
                       : total_ < 20 ? function_words_ > 0
                                     : sampled_ > 0 && function_words_ * 5 >= sampled_;
  return english ? "en" : "und";
}

std::string detect_language(const model::Document &doc) {
  LanguageEvidence evidence;
  const std::string_view norm = doc.normalised;
  for (const auto &t : doc.tokens) {
    if ((t.flags & ASPECTDIFF_TOKEN_WORD) == 0) continue;
    const std::string_view word = norm.substr(t.norm_begin, t.norm_end - t.norm_begin);
    bool ascii = true;
    for (const char c : word)
      ascii &= static_cast<unsigned char>(c) < 0x80;
    evidence.add_word(word, ascii);
  }
  return evidence.language();
}

} // namespace aspectdiff::text
