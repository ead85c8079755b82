// Numbers written with three decimals, exactly as printf's "%.3f" and std::to_chars with fixed
// precision 3 write them (the exact binary value rounded half to even), but with integer
// arithmetic: the general conversion costs hundreds of instructions, and every actor of every
// document carries two such numbers.
#pragma once

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>

namespace aspectdiff::plugins::actors {

inline std::string_view fixed3(double v, std::array<char, 32> &buf) noexcept {
  // Beyond 2^40 thousandths, negative numbers (-0 too) and NaN take the general conversion.
  constexpr double limit = 1099511627776.0 / 1000.0;
  if (std::signbit(v) || !(v < limit)) {
    const auto r =
        std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, 3);
    return {buf.data(), static_cast<std::size_t>(r.ptr - buf.data())};
  }
  // v * 1000 = x + err exactly (fma gives the rounding error of the product).
  const double x = v * 1000.0;
  const double err = std::fma(v, 1000.0, -x);
  const double whole = std::floor(x);
  const double frac = x - whole; // exact: x has no bits below its unit in the last place
  auto n = static_cast<std::uint64_t>(whole);
  // frac and 0.5 are multiples of x's last-place unit and |err| is at most half of it, so the
  // sign of frac - 0.5 (exact for frac >= 0.25) decides, and err only on a tie.
  if (frac >= 0.25) {
    const double d = frac - 0.5;
    if (d > 0.0 || (d == 0.0 && (err > 0.0 || (err == 0.0 && (n & 1u) != 0)))) ++n;
  }
  const std::uint64_t units = n / 1000, thousandths = n % 1000;
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size() - 4, units);
  char *p = r.ptr;
  *p++ = '.';
  *p++ = static_cast<char>('0' + thousandths / 100);
  *p++ = static_cast<char>('0' + thousandths / 10 % 10);
  *p++ = static_cast<char>('0' + thousandths % 10);
  return {buf.data(), static_cast<std::size_t>(p - buf.data())};
}

} // namespace aspectdiff::plugins::actors
