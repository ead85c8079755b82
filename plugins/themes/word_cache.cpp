#include "word_cache.hpp"

#include <cstring>
#include <memory>
#include <utility>

namespace aspectdiff::plugins::themes {
namespace {

constexpr std::size_t max_cached_words = std::size_t{1} << 20;

std::uint64_t load64(const char *p) noexcept {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

std::uint32_t load32(const char *p) noexcept {
  std::uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

std::uint64_t mix(std::uint64_t h) noexcept {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 29;
  return h;
}

// Eight bytes at a time with overlapping loads for the tail: most words are under eight bytes,
// so a word costs one or two loads and a multiply or two, where a byte loop would chain a
// multiply per byte.
std::uint64_t hash_word(std::string_view s) noexcept {
  const char *p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = 0x9e3779b97f4a7c15ULL * (n + 1);
  while (n > 8) {
    h = mix(h ^ load64(p)) * 0x9e3779b97f4a7c15ULL;
    p += 8;
    n -= 8;
  }
  std::uint64_t tail = 0;
  if (n >= 4)
    tail = load32(p) | (std::uint64_t{load32(p + n - 4)} << 32);
  else if (n > 0)
    tail = static_cast<unsigned char>(p[0]) |
           (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
           (std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
  return mix(h ^ tail);
}

} // namespace

bool WordCache::same_bytes(const char *a, const char *b, std::size_t n) noexcept {
  if (n >= 4 && n <= 8) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
  if (n < 4) {
    for (std::size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  return std::memcmp(a, b, n) == 0;
}

const WordInfo &WordCache::lookup(std::string_view norm) {
  const auto hash = static_cast<std::uint32_t>(hash_word(norm));
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash & mask;
  while (true) {
    const Slot &slot = slots_[at];
    if (slot.key_size == UINT32_MAX) break;
    if (holds(slot, hash, norm)) return infos_[slot.info];
    at = (at + 1) & mask;
  }
  return insert(norm, hash, at);
}

const WordInfo &WordCache::insert(std::string_view norm, std::uint32_t hash, std::size_t at) {
  WordInfo info;
  const std::string stem(stemmer_.stem(norm));
  info.entry = lexicon_.find(stem);
  info.stop = lexicon_.is_stop_word(norm);
  if (info.entry != no_entry) {
    info.cues = lexicon_.has_cues(info.entry);
    const auto range = lexicon_.learned_range(info.entry);
    info.learned_begin = range.first;
    info.learned_end = range.second;
  }
  const auto [it, inserted] =
      stem_ids_.try_emplace(stem, static_cast<std::uint32_t>(stems_.size()));
  if (inserted) stems_.push_back(stem);
  info.stem = it->second;

  Slot &slot = slots_[at];
  slot.hash = hash;
  slot.key_begin = static_cast<std::uint32_t>(keys_.size());
  slot.key_size = static_cast<std::uint32_t>(norm.size());
  slot.info = static_cast<std::uint32_t>(infos_.size());
  infos_.push_back(info);
  keys_.append(norm);
  if (infos_.size() * 2 > slots_.size()) grow();
  return infos_.back();
}

void WordCache::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const auto &s : old) {
    if (s.key_size == UINT32_MAX) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].key_size != UINT32_MAX)
      i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void WordCache::trim() {
  if (infos_.size() < max_cached_words && keys_.size() < 64 * max_cached_words) return;
  slots_.assign(1024, Slot{});
  infos_.clear();
  keys_.clear();
  stems_.clear();
  stem_ids_.clear();
}

WordCache &thread_word_cache(std::uint64_t instance_serial, const Lexicon &lexicon) {
  // A few instances at most run in one thread (one per configuration); keep the most recent.
  thread_local std::vector<std::pair<std::uint64_t, std::unique_ptr<WordCache>>> caches;
  for (auto &[serial, cache] : caches)
    if (serial == instance_serial) return *cache;
  if (caches.size() >= 8) caches.erase(caches.begin());
  caches.emplace_back(instance_serial, std::make_unique<WordCache>(lexicon));
  return *caches.back().second;
}

} // namespace aspectdiff::plugins::themes
