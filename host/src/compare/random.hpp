// A small, fast, deterministic random source for the bootstrap. The standard engines are either
// slow (mt19937's 2.5 KB state) or weak (minstd), and std::uniform_int_distribution's output is
// not specified across library versions, which would make "reproducible with a seed" depend on
// the toolchain. xoshiro256** seeded through splitmix64 (Blackman & Vigna) gives the same stream
// everywhere.
#pragma once

#include <array>
#include <cstdint>

namespace aspectdiff::compare {

// One step of splitmix64: also a good 64-bit mixer for turning any seed into state words.
constexpr std::uint64_t splitmix64(std::uint64_t &state) noexcept {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

class Xoshiro256 {
public:
  explicit constexpr Xoshiro256(std::uint64_t seed) noexcept {
    for (auto &word : s_)
      word = splitmix64(seed);
  }

  constexpr std::uint64_t next() noexcept {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  // Uniform in [0, bound), bound >= 1, without modulo bias: Lemire's multiply-and-shift with
  // rejection of the few values that would over-represent low results.
  constexpr std::uint32_t below(std::uint32_t bound) noexcept {
    std::uint64_t product = static_cast<std::uint64_t>(next() >> 32) * bound;
    auto low = static_cast<std::uint32_t>(product);
    if (low < bound) {
      const std::uint32_t threshold = (0u - bound) % bound;
      while (low < threshold) {
        product = static_cast<std::uint64_t>(next() >> 32) * bound;
        low = static_cast<std::uint32_t>(product);
      }
    }
    return static_cast<std::uint32_t>(product >> 32);
  }

private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept {
    return (x << k) | (x >> (64 - k));
  }
  std::array<std::uint64_t, 4> s_{};
};

} // namespace aspectdiff::compare
