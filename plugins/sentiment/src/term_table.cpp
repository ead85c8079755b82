#include "term_table.hpp"

#include <cstring>

namespace aspectdiff::plugins::sentiment {

namespace {

std::uint64_t load_bytes(const char *p, std::size_t n) noexcept {
  std::uint64_t v = 0;
  std::memcpy(&v, p, n);
  return v;
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b) noexcept {
  a *= b;
  return a ^ (a >> 32);
}

} // namespace

// Terms are short (a word is 5-8 bytes), so the hash reads eight bytes at a time and folds them
// with a multiplication and a shift each: a few nanoseconds per word.
std::uint64_t TermTable::hash(std::string_view s) noexcept {
  constexpr std::uint64_t k0 = 0x9e3779b97f4a7c15ull;
  constexpr std::uint64_t k1 = 0xd6e8feb86659fd93ull;
  std::uint64_t h = k0 ^ s.size();
  const char *p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    h = mix(h ^ load_bytes(p, 8), k1);
    p += 8;
    n -= 8;
  }
  if (n > 0) h = mix(h ^ load_bytes(p, n), k1);
  return mix(h, k0);
}

std::uint32_t TermTable::find(std::string_view term) const noexcept {
  if (slots_.empty()) return npos;
  const std::uint64_t h = hash(term);
  const auto tag = static_cast<std::uint32_t>(h >> 32);
  for (std::uint64_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot &slot = slots_[i];
    if (slot.id == npos) return npos;
    if (slot.tag == tag) {
      const Key &k = keys_[slot.id];
      if (k.size == term.size() && std::memcmp(arena_.data() + k.offset, term.data(), k.size) == 0)
        return slot.id;
    }
  }
}

std::uint32_t TermTable::intern(std::string_view term) {
  if (const auto id = find(term); id != npos) return id;
  if ((keys_.size() + 1) * 2 > slots_.size()) grow();
  const auto id = static_cast<std::uint32_t>(keys_.size());
  keys_.push_back(
      {static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(term.size())});
  arena_.append(term);
  const std::uint64_t h = hash(term);
  hashes_.push_back(h);
  std::uint64_t i = h & mask_;
  while (slots_[i].id != npos)
    i = (i + 1) & mask_;
  slots_[i] = {id, static_cast<std::uint32_t>(h >> 32)};
  return id;
}

void TermTable::grow() {
  const std::size_t capacity = slots_.empty() ? 1024 : slots_.size() * 2;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  for (std::uint32_t id = 0; id < keys_.size(); ++id) {
    std::uint64_t i = hashes_[id] & mask_;
    while (slots_[i].id != npos)
      i = (i + 1) & mask_;
    slots_[i] = {id, static_cast<std::uint32_t>(hashes_[id] >> 32)};
  }
}

} // namespace aspectdiff::plugins::sentiment
