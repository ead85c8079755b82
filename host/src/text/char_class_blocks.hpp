// ASCII classification and lower-casing a block of bytes at a time, for the segmenter's hot
// paths: sixteen bytes with SSE2 (every x86-64), eight in a 64-bit integer elsewhere. Both
// versions are always compiled, so tests hold each to the byte-at-a-time reference.
#pragma once

#include "text/char_class.hpp"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace aspectdiff::text::ascii {

// A run of ASCII letters and digits: its length, the classes in it (or-ed) and how many of
// its letters are upper case.
struct AlnumRun {
  std::size_t length = 0;
  std::uint8_t seen = 0;
  std::uint32_t uppers = 0;

  bool operator==(const AlnumRun &) const = default;
};

// Extends `run` with the letters and digits from `p` on, one byte at a time: the reference the
// block versions must agree with, and how they finish the last bytes of a text.
inline AlnumRun finish_alnum_run(const char *p, const char *end, AlnumRun run) noexcept {
  for (; p < end; ++p) {
    const std::uint8_t k = class_of(*p);
    if (!(k & alnum)) break;
    run.seen |= k;
    run.uppers += k == upper ? 1 : 0;
    ++run.length;
  }
  return run;
}

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

// The classes present among the bytes of a block that `in_run` selects, as class bits.
constexpr std::uint8_t classes_in(std::uint64_t lowers, std::uint64_t uppers, std::uint64_t digits,
                                  std::uint64_t in_run) noexcept {
  return static_cast<std::uint8_t>(((lowers & in_run) != 0 ? lower : 0) |
                                   ((uppers & in_run) != 0 ? upper : 0) |
                                   ((digits & in_run) != 0 ? digit : 0));
}

// The run of letters and digits from `p`, eight bytes at a time in an integer (little-endian
// machines; others go byte by byte).
inline AlnumRun alnum_run_by_words(const char *p, const char *end) noexcept {
  AlnumRun run;
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
      run.seen |= classes_in(lowers, upper_case, digits, in_run);
      // Each byte of the shifted mask is 0 or 1; the multiply sums them into the top byte.
      run.uppers +=
          static_cast<std::uint32_t>((((upper_case & in_run) >> 7) * 0x0101010101010101ull) >> 56);
      run.length += static_cast<std::size_t>(take);
      p += take;
      if (take < 8) return run;
    }
  }
  return finish_alnum_run(p, end, run);
}

#if defined(__SSE2__)
// How many bits of `mask` are set, without a popcount instruction (not in baseline x86-64).
constexpr std::uint32_t bits_set(std::uint32_t mask) noexcept {
  mask = mask - ((mask >> 1) & 0x55555555u);
  mask = (mask & 0x33333333u) + ((mask >> 2) & 0x33333333u);
  mask = (mask + (mask >> 4)) & 0x0F0F0F0Fu;
  return (mask * 0x01010101u) >> 24;
}

// The run of letters and digits from `p`, sixteen bytes at a time: a block holds nearly every
// word whole.
inline AlnumRun alnum_run_by_sse2(const char *p, const char *end) noexcept {
  AlnumRun run;
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
    run.seen |= classes_in(lowers, upper_case, digits, in_run);
    run.uppers += bits_set(upper_case & in_run);
    run.length += static_cast<std::size_t>(take);
    p += take;
    if (take < 16) return run;
  }
  return finish_alnum_run(p, end, run);
}
#endif

// The run of ASCII letters and digits that starts at `p` and ends at the first other byte or at
// `end`. Words are short and of every length, so a byte loop mispredicts its exit once a word;
// classifying a block at once finds the end with arithmetic instead.
inline AlnumRun alnum_run(const char *p, const char *end) noexcept {
#if defined(__SSE2__)
  return alnum_run_by_sse2(p, end);
#else
  return alnum_run_by_words(p, end);
#endif
}

// Lower-cases the ASCII letters among `len` bytes from `source` into `out`, eight at a time:
// both must have 8 bytes past `len` to read and write.
inline void lower_by_words(const char *source, std::size_t len, char *out) noexcept {
  for (std::size_t k = 0; k < len; k += 8) {
    std::uint64_t x;
    std::memcpy(&x, source + k, 8);
    x |= bytes_between(x, 'A', 'Z') >> 2; // 0x80 >> 2 is the case bit
    std::memcpy(out + k, &x, 8);
  }
}

#if defined(__SSE2__)
// The same sixteen at a time: both must have 16 bytes past `len` to read and write.
inline void lower_by_sse2(const char *source, std::size_t len, char *out) noexcept {
  const __m128i below_a = _mm_set1_epi8('A' - 1), above_z = _mm_set1_epi8('Z' + 1);
  const __m128i case_bit = _mm_set1_epi8(0x20);
  for (std::size_t k = 0; k < len; k += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(source + k));
    const __m128i upper_case =
        _mm_and_si128(_mm_cmpgt_epi8(x, below_a), _mm_cmplt_epi8(x, above_z));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out + k),
                     _mm_or_si128(x, _mm_and_si128(upper_case, case_bit)));
  }
}
inline constexpr std::size_t kLowerBlock = 16;
#else
inline constexpr std::size_t kLowerBlock = 8;
#endif

// Lower-cases by blocks: `source` and `out` must have kLowerBlock bytes past `len`.
inline void lower_by_blocks(const char *source, std::size_t len, char *out) noexcept {
#if defined(__SSE2__)
  lower_by_sse2(source, len, out);
#else
  lower_by_words(source, len, out);
#endif
}

} // namespace aspectdiff::text::ascii
