// The tagger's weights per word type: what a token with a given word, shape and capitals adds
// to its own scores and to each neighbour's, summed from the model once and reused for every
// later token of that type (most of a sentence's features are of this kind, and a text repeats
// its words). Kept per thread from one document to the next, tied to the model it was summed
// from.
#pragma once

#include "tagger_features.hpp"
#include "tagger_model.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace aspectdiff::plugins::actors {

class TypeWeightCache {
public:
  struct Entry {
    std::uint64_t signature = 0;
    std::uint32_t filled = 0; // bit r: sums[r] is summed
    std::array<std::array<std::int32_t, tag_count>, role_count> sums{};
  };

  // Forgets everything summed from another model.
  void bind(std::uint64_t model_id) {
    if (model_id == model_id_) return;
    clear();
    model_id_ = model_id;
  }

  // The entry of a type, empty (filled == 0) when it is new. The reference lasts until the
  // next call: when the cache is full it starts again.
  Entry &find(std::uint64_t signature) {
    if (slots_.empty()) slots_.assign(slot_count, 0);
    for (std::size_t slot = signature & (slot_count - 1);; slot = (slot + 1) & (slot_count - 1)) {
      const std::uint32_t index = slots_[slot];
      if (index == 0) {
        if (entries_.size() == entry_limit) {
          clear();
          return find(signature);
        }
        entries_.push_back({signature, 0, {}});
        slots_[slot] = static_cast<std::uint32_t>(entries_.size());
        return entries_.back();
      }
      if (entries_[index - 1].signature == signature) return entries_[index - 1];
    }
  }

private:
  // A document's vocabulary fits many times over; the limit keeps the table's load at a half.
  static constexpr std::size_t slot_count = std::size_t{1} << 15;
  static constexpr std::size_t entry_limit = slot_count / 2;

  void clear() {
    entries_.clear();
    slots_.assign(slot_count, 0);
  }

  std::vector<std::uint32_t> slots_; // index + 1 into entries_; 0 marks an empty slot
  std::vector<Entry> entries_;
  std::uint64_t model_id_ = 0;
};

} // namespace aspectdiff::plugins::actors
