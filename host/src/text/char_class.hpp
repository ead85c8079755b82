// Character classes for the segmenter: a table for ASCII bytes (the fast path) and an ICU-backed
// classification for the code points beyond it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace aspectdiff::text {

// Bits of an ASCII byte's class.
namespace ascii {
inline constexpr std::uint8_t lower = 1;
inline constexpr std::uint8_t upper = 2;
inline constexpr std::uint8_t digit = 4;
inline constexpr std::uint8_t alnum = lower | upper | digit;
inline constexpr std::uint8_t space = 8;    // space, tab, \r, \v, \f, other control bytes
inline constexpr std::uint8_t newline = 16; // \n
inline constexpr std::uint8_t punct = 32;   // Unicode category P*
inline constexpr std::uint8_t symbol = 64;  // Unicode category S*
inline constexpr std::uint8_t high = 128;   // not ASCII: part of a multi-byte sequence

inline constexpr std::array<std::uint8_t, 256> kClass = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    std::uint8_t k = 0;
    if (c >= 'a' && c <= 'z')
      k = lower;
    else if (c >= 'A' && c <= 'Z')
      k = upper;
    else if (c >= '0' && c <= '9')
      k = digit;
    else if (c == '\n')
      k = newline;
    else if (c < 0x20 || c == 0x7f)
      k = space;
    else if (c == ' ')
      k = space;
    else if (c >= 0x80)
      k = high;
    else if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' ||
             c == '|' || c == '~')
      k = symbol;
    else
      k = punct;
    t[static_cast<std::size_t>(c)] = k;
  }
  return t;
}();

inline constexpr std::array<char, 256> kLower = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[static_cast<std::size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}();

inline std::uint8_t class_of(char c) noexcept {
  return kClass[static_cast<unsigned char>(c)];
}

// Bytes that end a run of ASCII letters and digits whatever comes before them: whitespace and
// the punctuation with no word-joining rule. Not "- . : , ' @ _ + %", which may continue a word
// ("win-win", "U.S", "10:30", "1,200", "O'Brien", "a_b@c.org", "3%"), nor bytes beyond ASCII.
inline constexpr std::array<bool, 256> kEndsWord = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x80; ++c)
    t[static_cast<std::size_t>(c)] = !(kClass[static_cast<std::size_t>(c)] & alnum);
  for (const char c : std::string_view("-.:,'@_+%"))
    t[static_cast<unsigned char>(c)] = false;
  return t;
}();

} // namespace ascii

// What a code point beyond ASCII is to the segmenter.
enum class CodePointClass : std::uint8_t {
  lower,           // lower-case letter
  upper,           // upper or title-case letter
  letter,          // a letter without case (or a modifier letter)
  mark,            // combining mark: continues whatever precedes it
  digit,           // decimal digit
  ideograph,       // Han, Hiragana, Katakana: one token each
  space,           // any other Unicode space, and controls
  line_break,      // U+0085, U+2028
  paragraph_break, // U+2029
  joiner,          // soft hyphen, zero-width (non-)joiner, word joiner: invisible inside a word
  apostrophe,      // ’ ʼ: inside a word an apostrophe, alone a closing single quote
  hyphen,          // ‐ ‑: joins a word like '-'
  terminator,      // … 。 ！ ？ ؟ ।: end a sentence
  closer,          // ” » › and closing CJK brackets: attach to the sentence before them
  punctuation,     // any other P*
  symbol,          // S*, and anything else
};

CodePointClass classify(std::int32_t code_point) noexcept;

} // namespace aspectdiff::text
