// Helpers for a bootstrap inside a plugin's comparison (the host's uses them too). A comparison
// against many documents runs the same bootstrap thousands of times; these keep its cost down
// without changing a single result.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace aspectdiff::sdk {

// Resampled positions kept between calls. A deterministic bootstrap draws its positions from a
// stream seeded by something small (the sizes of the two samples, the number of resamples, a
// seed): under that `Key` (a type with ==) it can draw them once and reuse them for every later
// call with the same key, as a comparison of one reference with many documents of a few
// recurring sizes does. Keep one per thread (`thread_local`). Up to `budget` positions are kept;
// a new set that would go beyond it drops all those kept before.
template <class Key> class KeptPositions {
public:
  explicit KeptPositions(std::size_t budget) : budget_(budget) {}

  // The `count` positions for `key`; unless they are kept, `draw(std::uint32_t *out)` writes
  // them first. The positions stay valid until the next call.
  template <class Draw>
  const std::vector<std::uint32_t> &get(const Key &key, std::size_t count, Draw &&draw) {
    for (const auto &kept : kept_)
      if (kept->key == key && kept->positions.size() == count) return kept->positions;
    if (held_ + count > budget_) {
      kept_.clear();
      held_ = 0;
    }
    auto kept = std::make_unique<Kept>(Kept{key, std::vector<std::uint32_t>(count)});
    draw(kept->positions.data());
    held_ += count;
    kept_.push_back(std::move(kept));
    return kept_.back()->positions;
  }

  std::size_t budget() const noexcept { return budget_; }

private:
  struct Kept {
    Key key;
    std::vector<std::uint32_t> positions;
  };
  std::vector<std::unique_ptr<Kept>> kept_;
  std::size_t budget_;
  std::size_t held_ = 0;
};

} // namespace aspectdiff::sdk
