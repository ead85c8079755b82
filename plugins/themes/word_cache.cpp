#include "word_cache.hpp"

#include <bit>
#include <cstring>
#include <memory>
#include <utility>

namespace aspectdiff::plugins::themes {
namespace {

constexpr std::size_t max_cached_words = std::size_t{1} << 20;

} // namespace

// The slot's key already matched the last eight bytes: a word of up to 16 bytes needs only its
// first eight compared.
bool WordCache::long_word_matches(const Slot &slot, std::string_view norm) const noexcept {
  const char *stored = keys_.data() + key_begins_[slot.info];
  if (norm.size() <= 16) return load<std::uint64_t>(stored) == load<std::uint64_t>(norm.data());
  return std::memcmp(stored, norm.data(), norm.size()) == 0;
}

// A word of 9 to 16 bytes already cached (most of the words that come here) is found with two
// loads of it and no stack frame; the rest, and new words, take lookup_general, whose frame
// (for memcmp, stemming and insertion) had cost a third of this path's instructions.
const WordInfo &WordCache::lookup_slow(std::string_view norm) {
  const std::size_t size = norm.size();
  if (size > 8 && size <= 16) {
    const std::uint64_t first = load<std::uint64_t>(norm.data());
    const std::uint64_t last = load<std::uint64_t>(norm.data() + size - 8);
    const std::uint64_t hash = last_hash(first ^ (std::uint64_t{size} << 56), last);
    for (std::size_t at = slot_of(hash);; at = (at + 1) & mask_) {
      const Slot &slot = table_[at];
      if (slot.bytes == last && slot.key_size == size &&
          load<std::uint64_t>(keys_.data() + key_begins_[slot.info]) == first)
        return info_data_[slot.info];
      if (slot.key_size == empty_slot) break;
    }
  }
  return lookup_general(norm);
}

const WordInfo &WordCache::lookup_general(std::string_view norm) {
  const Key key = key_of(norm);
  const auto size = static_cast<std::uint32_t>(norm.size());
  for (std::size_t at = slot_of(key.hash);; at = (at + 1) & mask_) {
    const Slot &slot = table_[at];
    if (slot.bytes == key.bytes && slot.key_size == size &&
        (size <= 8 || long_word_matches(slot, norm)))
      return infos_[slot.info];
    if (slot.key_size == empty_slot) return insert(norm, key, at);
  }
}

const WordInfo &WordCache::insert(std::string_view norm, Key key, std::size_t at) {
  WordInfo info;
  const std::string stem(stemmer_.stem(norm));
  info.entry = lexicon_.find(stem);
  const bool stop = lexicon_.is_stop_word(norm);
  info.kind = stop ? WordKind::stop : WordKind::content;
  info.key_word = !stop;
  if (info.entry != no_entry) {
    info.cues = lexicon_.has_cues(info.entry);
    const auto range = lexicon_.learned_range(info.entry);
    info.learned_begin = range.first;
    info.learned_end = range.second;
    info.scan = info.cues || range.first != range.second;
  }
  const auto [it, inserted] =
      stem_ids_.try_emplace(stem, static_cast<std::uint32_t>(stems_.size()));
  if (inserted) stems_.push_back(stem);
  info.stem = it->second;

  Slot &slot = slots_[at];
  slot.bytes = key.bytes;
  slot.key_size = static_cast<std::uint32_t>(norm.size());
  slot.info = static_cast<std::uint32_t>(infos_.size());
  infos_.push_back(info);
  info_data_ = infos_.data();
  key_begins_.push_back(static_cast<std::uint32_t>(keys_.size()));
  keys_.append(norm);
  if (infos_.size() * 2 > slots_.size()) grow();
  return infos_.back();
}

// The slots keep no hash (to stay 16 bytes): growing, which is rare, hashes the words again.
void WordCache::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  table_ = slots_.data();
  mask_ = slots_.size() - 1;
  shift_ = 64 - std::countr_zero(slots_.size());
  for (const auto &s : old) {
    if (s.key_size == empty_slot) continue;
    const std::string_view word(keys_.data() + key_begins_[s.info], s.key_size);
    std::size_t i = slot_of(key_of(word).hash);
    while (table_[i].key_size != empty_slot)
      i = (i + 1) & mask_;
    table_[i] = s;
  }
}

void WordCache::reset_table() {
  slots_.assign(1024, Slot{});
  table_ = slots_.data();
  mask_ = slots_.size() - 1;
  shift_ = 64 - std::countr_zero(slots_.size());
}

void WordCache::trim() {
  if (infos_.size() < max_cached_words && keys_.size() < 64 * max_cached_words) return;
  reset_table();
  infos_.clear();
  info_data_ = nullptr;
  key_begins_.clear();
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
