#include "text/language.hpp"

#include "text/function_words.hpp"

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace aspectdiff::text {

namespace {

using Script = LanguageEvidence::Script;

// The language a script's words are taken to be in when CLD2 cannot tell: Latin and "other"
// scripts are written in too many languages to guess.
constexpr std::array<const char *, Script::count> kScriptTags{"und", "ru", "zh", "ja", "ko", "ar",
                                                              "el",  "he", "hi", "th", "und"};

// Below this share of the text, CLD2's first language is one of a mixture.
constexpr int kMinPercent = 50;

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

void LanguageEvidence::add_to_sample(std::string_view norm, bool ascii) noexcept {
  sample_.append(norm);
  sample_.push_back(' ');
  ++sample_words_;
  if (!ascii) {
    ++sample_non_ascii_;
  } else if (is_function_word(norm)) {
    // Counted, and marked among those seen: a bit chosen by a hash of the word (two words that
    // share a bit count as one, which only makes plainly_english stricter).
    ++sample_function_words_;
    std::uint64_t h = 0;
    for (const char c : norm)
      h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    function_words_seen_ |= std::uint64_t{1} << (h >> 58);
  }
}

void LanguageEvidence::add_non_ascii_word(std::string_view norm) noexcept {
  ++words_[script_of(norm)];
}

std::string LanguageEvidence::language() const {
  if (total_ == 0) return "und";
  if (plainly_english()) return "en";
  CLD2::Language top3[3];
  int percent3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  // The sample holds normalised (valid UTF-8) words only, as CLD2's unchecked entry requires.
  CLD2::DetectLanguageSummary(sample_.data(), static_cast<int>(sample_.size()), true, top3,
                              percent3, &text_bytes, &reliable);
  // CLD2 returns English when it knows nothing; its top-three list says so honestly.
  if (top3[0] != CLD2::UNKNOWN_LANGUAGE && top3[0] != CLD2::TG_UNKNOWN_LANGUAGE &&
      percent3[0] >= kMinPercent)
    return CLD2::LanguageCode(top3[0]);
  std::size_t top = Script::latin;
  for (std::size_t s = 0; s < Script::count; ++s)
    if (words_[s] > words_[top]) top = s;
  if (top == Script::han && words_[Script::kana] > 0) top = Script::kana; // kanji with kana
  return kScriptTags[top];
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
