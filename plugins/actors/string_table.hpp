// Per-document strings that mentions refer to by number: the words of new names, the office
// words of descriptions, the keys the resolver makes. Each distinct string is stored once, so a
// mention stays a small fixed-size record and a name repeated a thousand times costs one copy.
#pragma once

#include "word_table.hpp"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::actors {

class StringTable {
public:
  using Id = std::uint32_t;
  static constexpr Id none = 0xffffffffu;

  // The id of `s`, added if new. Looking up a known string allocates nothing; `s` may be a view
  // into this table.
  Id intern(std::string_view s) {
    const std::uint64_t h = hash_bytes(s);
    if (const Id id = find(s, h); id != none) return id;
    if ((views_.size() + 1) * 2 > slots_.size()) grow();
    const auto id = static_cast<Id>(views_.size());
    views_.push_back(store(s));
    place(id, h);
    return id;
  }

  // The id of `s`, or none.
  Id find(std::string_view s) const noexcept { return find(s, hash_bytes(s)); }

  std::size_t size() const noexcept { return views_.size(); }

  // The string of `id`; empty for none. Views stay valid until clear() or destruction.
  std::string_view operator[](Id id) const noexcept {
    return id == none ? std::string_view() : views_[id];
  }

  // Empties the table for the next document, keeping its current block and, unless a large
  // document grew them (which every later clear would then pay for), its slots.
  void clear() noexcept {
    views_.clear();
    if (slots_.size() > max_kept_slots)
      std::vector<Id>().swap(slots_);
    else
      std::fill(slots_.begin(), slots_.end(), none);
    full_.clear();
    used_ = 0;
  }

private:
  static constexpr std::size_t block_size = 4096;
  static constexpr std::size_t max_kept_slots = 4096;

  Id find(std::string_view s, std::uint64_t h) const noexcept {
    if (slots_.empty()) return none;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Id id = slots_[i];
      if (id == none || views_[id] == s) return id;
    }
  }
  void place(Id id, std::uint64_t h) noexcept {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i] != none)
      i = (i + 1) & mask;
    slots_[i] = id;
  }
  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, none);
    for (Id id = 0; id < views_.size(); ++id)
      place(id, hash_bytes(views_[id]));
  }
  // A copy of s in memory that never moves: the current block, or a new one (the full one is
  // kept); a long string gets a block of its own.
  std::string_view store(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > block_size / 4) {
      full_.push_back(std::make_unique<char[]>(s.size()));
      std::copy(s.begin(), s.end(), full_.back().get());
      return {full_.back().get(), s.size()};
    }
    if (!current_ || used_ + s.size() > block_size) {
      if (current_) full_.push_back(std::move(current_));
      current_ = std::make_unique<char[]>(block_size);
      used_ = 0;
    }
    char *at = current_.get() + used_;
    std::copy(s.begin(), s.end(), at);
    used_ += s.size();
    return {at, s.size()};
  }

  std::vector<std::string_view> views_;       // by id
  std::vector<Id> slots_;                     // open addressing by hash_bytes; none = empty
  std::unique_ptr<char[]> current_;           // the block being filled
  std::size_t used_ = 0;                      // bytes used in it
  std::vector<std::unique_ptr<char[]>> full_; // earlier blocks and long strings
};

} // namespace aspectdiff::plugins::actors
