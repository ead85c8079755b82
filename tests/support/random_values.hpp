// Test data for the bootstraps: n values made by `from_bits` out of a fixed 64-bit engine, so
// they never change between runs or toolchains (the standard distributions may).
#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace aspectdiff::testing {

template <class FromBits>
std::vector<double> random_values(std::size_t n, unsigned seed, FromBits from_bits) {
  std::mt19937_64 engine(seed);
  std::vector<double> out(n);
  for (auto &v : out)
    v = from_bits(engine());
  return out;
}

} // namespace aspectdiff::testing
