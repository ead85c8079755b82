// Character classes for the segmenter: a table for ASCII bytes (the fast path) and an ICU-backed
// classification for the code points beyond it.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Eight bytes at once: the high bit of each byte of the result is set when that byte of `x`
// lies in [lo, hi] (bytes beyond ASCII never do). A byte's low seven bits plus 0x80 - lo carry
// into its high bit exactly when they are at least lo, and never out of the byte.
constexpr std::uint64_t bytes_between(std::uint64_t x, unsigned char lo,
                                      unsigned char hi) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t highs = 0x8080808080808080ull;
  const std::uint64_t heptets = x & ~highs;
  const std::uint64_t at_least_lo = heptets + ones * (0x80u - lo);
  const std::uint64_t above_hi = heptets + ones * (0x7Fu - hi);
  return (at_least_lo ^ above_hi) & ~x & highs;
}

// A run of ASCII letters and digits: its length, the classes in it (or-ed) and how many of
// its letters are upper case.
struct AlnumRun {
  std::size_t length = 0;
  std::uint8_t seen = 0;
  std::uint32_t uppers = 0;
};

// How many bits of `mask` are set, without a popcount instruction (not in baseline x86-64).
constexpr std::uint32_t bits_set(std::uint32_t mask) noexcept {
  mask = mask - ((mask >> 1) & 0x55555555u);
  mask = (mask & 0x33333333u) + ((mask >> 2) & 0x33333333u);
  mask = (mask + (mask >> 4)) & 0x0F0F0F0Fu;
  return (mask * 0x01010101u) >> 24;
}

// The run of ASCII letters and digits that starts at `p` and ends at the first other byte or at
// `end`. Words are short and of every length, so a byte loop mispredicts its exit once a word;
// classifying a block of bytes at once finds the end with arithmetic instead, and a block of
// sixteen holds nearly every word whole.
inline AlnumRun alnum_run(const char *p, const char *end) noexcept {
  AlnumRun run;
#if defined(__SSE2__)
  while (end - p >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    // Signed compares: bytes beyond ASCII are negative, so below every range.
    const auto between = [x](char lo, char hi) {
      const __m128i in = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                                       _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))));
      return static_cast<std::uint32_t>(_mm_movemask_epi8(in));
    };
    const std::uint32_t lowers = between('a', 'z');
    const std::uint32_t upper_case = between('A', 'Z');
    const std::uint32_t digits = between('0', '9');
    // A stop bit past the block makes a block of letters and digits take all sixteen.
    const std::uint32_t others = ~(lowers | upper_case | digits);
    const int take = std::countr_zero(others);
    const std::uint32_t in_run = (std::uint32_t{1} << take) - 1;
    run.seen |= static_cast<std::uint8_t>(((lowers & in_run) != 0 ? lower : 0) |
                                          ((upper_case & in_run) != 0 ? upper : 0) |
                                          ((digits & in_run) != 0 ? digit : 0));
    run.uppers += bits_set(upper_case & in_run);
    run.length += static_cast<std::size_t>(take);
    p += take;
    if (take < 16) return run;
  }
#else
  if constexpr (std::endian::native == std::endian::little) {
    while (end - p >= 8) {
      std::uint64_t x;
      std::memcpy(&x, p, 8);
      const std::uint64_t lowers = bytes_between(x, 'a', 'z');
      const std::uint64_t upper_case = bytes_between(x, 'A', 'Z');
      const std::uint64_t digits = bytes_between(x, '0', '9');
      const std::uint64_t others = ~(lowers | upper_case | digits) & 0x8080808080808080ull;
      // The bytes before the first other byte: its index is its trailing zeros over eight.
      const int take = others == 0 ? 8 : std::countr_zero(others) / 8;
      const std::uint64_t in_run = take == 8 ? ~0ull : (std::uint64_t{1} << (8 * take)) - 1;
      run.seen |= static_cast<std::uint8_t>(((lowers & in_run) != 0 ? lower : 0) |
                                            ((upper_case & in_run) != 0 ? upper : 0) |
                                            ((digits & in_run) != 0 ? digit : 0));
      // Each byte of the shifted mask is 0 or 1; the multiply sums them into the top byte.
      run.uppers +=
          static_cast<std::uint32_t>((((upper_case & in_run) >> 7) * 0x0101010101010101ull) >> 56);
      run.length += static_cast<std::size_t>(take);
      p += take;
      if (take < 8) return run;
    }
  }
#endif
  // The last few bytes of the text.
  for (; p < end; ++p) {
    const std::uint8_t k = class_of(*p);
    if (!(k & alnum)) break;
    run.seen |= k;
    run.uppers += k == upper ? 1 : 0;
    ++run.length;
  }
  return run;
}
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
