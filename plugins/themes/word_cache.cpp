#include "word_cache.hpp"

#include <memory>
#include <utility>

namespace aspectdiff::plugins::themes {
namespace {

constexpr std::size_t max_cached_words = std::size_t{1} << 20;

// FNV-1a: words are short, so a byte loop beats anything that needs setup.
std::uint64_t hash_word(std::string_view s) noexcept {
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

} // namespace

const WordInfo &WordCache::lookup(std::string_view norm) {
  const std::uint64_t hash = hash_word(norm);
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = static_cast<std::size_t>(hash) & mask;
  while (true) {
    const Slot &slot = slots_[at];
    if (slot.key_size == UINT32_MAX) break;
    if (slot.hash == hash && slot.key_size == norm.size() &&
        std::string_view(keys_).substr(slot.key_begin, slot.key_size) == norm)
      return slot.info;
    at = (at + 1) & mask;
  }
  return insert(norm, hash, at);
}

WordInfo &WordCache::insert(std::string_view norm, std::uint64_t hash, std::size_t at) {
  WordInfo info;
  const std::string stem(stemmer_.stem(norm));
  info.entry = lexicon_.find(stem);
  info.stop = lexicon_.is_stop_word(norm);
  const auto [it, inserted] =
      stem_ids_.try_emplace(stem, static_cast<std::uint32_t>(stems_.size()));
  if (inserted) stems_.push_back(stem);
  info.stem = it->second;

  Slot &slot = slots_[at];
  slot.hash = hash;
  slot.key_begin = static_cast<std::uint32_t>(keys_.size());
  slot.key_size = static_cast<std::uint32_t>(norm.size());
  slot.info = info;
  keys_.append(norm);
  ++used_;
  if (used_ * 2 > slots_.size()) {
    grow();
    // The slot moved; find it again.
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    while (!(slots_[i].hash == hash && slots_[i].key_size == norm.size() &&
             std::string_view(keys_).substr(slots_[i].key_begin, slots_[i].key_size) == norm))
      i = (i + 1) & mask;
    return slots_[i].info;
  }
  return slot.info;
}

void WordCache::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const auto &s : old) {
    if (s.key_size == UINT32_MAX) continue;
    std::size_t i = static_cast<std::size_t>(s.hash) & mask;
    while (slots_[i].key_size != UINT32_MAX)
      i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void WordCache::trim() {
  if (used_ < max_cached_words && keys_.size() < 64 * max_cached_words) return;
  slots_.assign(1024, Slot{});
  used_ = 0;
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
