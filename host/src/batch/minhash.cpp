#include "batch/minhash.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include <xxhash.h>

namespace aspectdiff::batch {

namespace {

// 64 fixed odd multipliers and offsets from splitmix64, so signatures never change between
// runs, machines or versions.
struct Mixers {
  std::array<std::uint64_t, minhash_size> mul{}, add{};
  Mixers() {
    std::uint64_t x = 0x6a09e667f3bcc909ull;
    auto next = [&] {
      std::uint64_t z = (x += 0x9e3779b97f4a7c15ull);
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
      return z ^ (z >> 31);
    };
    for (std::size_t i = 0; i < minhash_size; ++i) {
      mul[i] = next() | 1u;
      add[i] = next();
    }
  }
};

const Mixers &mixers() {
  static const Mixers m;
  return m;
}

} // namespace

MinHash minhash(const model::Document &doc, unsigned width) {
  const auto &m = mixers();
  std::array<std::uint64_t, minhash_size> least;
  least.fill(~std::uint64_t{0});
  const std::size_t w = std::clamp<std::size_t>(width, 1, 16);
  std::array<std::uint64_t, 16> ring{};
  std::size_t words = 0;
  auto take = [&](std::uint64_t h) {
    for (std::size_t i = 0; i < minhash_size; ++i) {
      const std::uint64_t v = h * m.mul[i] + m.add[i];
      if (v < least[i]) least[i] = v;
    }
  };
  for (const auto &t : doc.tokens) {
    if ((t.flags & (ASPECTDIFF_TOKEN_WORD | ASPECTDIFF_TOKEN_NUMERIC)) == 0) continue;
    if (t.norm_end > doc.normalised.size() || t.norm_begin > t.norm_end) continue;
    const std::string_view form(doc.normalised.data() + t.norm_begin, t.norm_end - t.norm_begin);
    ring[words % w] = XXH64(form.data(), form.size(), 0);
    ++words;
    if (words < w) continue;
    std::array<std::uint64_t, 16> shingle{};
    for (std::size_t i = 0; i < w; ++i)
      shingle[i] = ring[(words - w + i) % w];
    take(XXH64(shingle.data(), w * sizeof(std::uint64_t), 0x5eed));
  }
  // A text shorter than one shingle is signed by its words alone.
  if (words > 0 && words < w)
    for (std::size_t i = 0; i < words; ++i)
      take(ring[i]);
  MinHash out{};
  for (std::size_t i = 0; i < minhash_size; ++i)
    out[i] = static_cast<std::uint16_t>(least[i] >> 48);
  return out;
}

double estimated_similarity(const MinHash &a, const MinHash &b) noexcept {
  std::size_t equal = 0;
  for (std::size_t i = 0; i < minhash_size; ++i)
    equal += a[i] == b[i] ? 1u : 0u;
  return static_cast<double>(equal) / static_cast<double>(minhash_size);
}

} // namespace aspectdiff::batch
