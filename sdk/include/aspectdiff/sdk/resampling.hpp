// Helpers for a bootstrap inside a plugin's comparison (the host's uses them too): kept resampled
// positions, and order statistics found without sorting. A comparison against many documents
// runs the same bootstrap thousands of times; these keep its cost down without changing a single
// result.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace aspectdiff::sdk {

// Resampled positions kept between calls. A deterministic bootstrap draws its positions from a
// stream seeded by something small (the sizes of the two samples, the number of resamples, a
// seed): under that `Key` (a type with ==) it can draw them once and reuse them for every later
// call with the same key, as a comparison of one reference with many documents of a few
// recurring sizes does. Keep one per thread (`thread_local`). Up to `budget` positions are kept
// (a `Position` narrower than 32 bits keeps more in the same memory); to make room, the sets
// used longest ago are dropped.
template <class Key, class Position = std::uint32_t> class KeptPositions {
public:
  explicit KeptPositions(std::size_t budget) : budget_(budget) {}

  // The `count` positions for `key`; unless they are kept, `draw(Position *out)` writes them
  // first. The positions stay valid until the next call. A set of more than the budget is kept
  // alone.
  template <class Draw>
  const std::vector<Position> &get(const Key &key, std::size_t count, Draw &&draw) {
    ++clock_;
    for (const auto &kept : kept_)
      if (kept->key == key && kept->positions.size() == count) {
        kept->used = clock_;
        return kept->positions;
      }
    while (!kept_.empty() && held_ + count > budget_) {
      const auto oldest =
          std::min_element(kept_.begin(), kept_.end(),
                           [](const auto &x, const auto &y) { return x->used < y->used; });
      held_ -= (*oldest)->positions.size();
      kept_.erase(oldest);
    }
    auto kept = std::make_unique<Kept>(Kept{key, std::vector<Position>(count), clock_});
    draw(kept->positions.data());
    held_ += count;
    kept_.push_back(std::move(kept));
    return kept_.back()->positions;
  }

private:
  struct Kept {
    Key key;
    std::vector<Position> positions;
    std::uint64_t used = 0; // the call that last asked for them
  };
  std::vector<std::unique_ptr<Kept>> kept_;
  std::size_t budget_;
  std::size_t held_ = 0;
  std::uint64_t clock_ = 0;
};

namespace detail {

// Puts into a[k] the value a sort of a[0, size) would put there, with no greater value before
// it and no smaller one after (as std::nth_element does). Quickselect whose partition moves
// every value without branching on it: on a few hundred doubles in no order, the comparisons of
// a library partition are mispredicted half the time and cost more than the moves. Pivots are
// medians of three; a range whose pivot is its least value sets the values equal to it apart,
// so every round narrows the range.
inline void select_nth(double *a, std::size_t size, std::size_t k) {
  std::size_t lo = 0, hi = size; // a[k] lies in [lo, hi)
  const auto partition = [a](std::size_t from, std::size_t to, auto goes_first) {
    std::size_t store = from;
    for (std::size_t i = from; i < to; ++i) {
      const double v = a[i];
      a[i] = a[store];
      a[store] = v;
      store += goes_first(v) ? 1 : 0;
    }
    return store;
  };
  while (hi - lo > 16) {
    const double x = a[lo], y = a[lo + (hi - lo) / 2], z = a[hi - 1];
    const double pivot = std::max(std::min(x, y), std::min(std::max(x, y), z));
    const std::size_t below = partition(lo, hi, [pivot](double v) { return v < pivot; });
    if (k < below) {
      hi = below;
    } else if (below > lo) {
      lo = below;
    } else {
      const std::size_t equal = partition(lo, hi, [pivot](double v) { return v <= pivot; });
      if (k < equal) return; // a[k] is the pivot, every value before it equal to it
      if (equal == lo) {     // only a NaN pivot compares with nothing: never loop on it
        std::nth_element(a + lo, a + k, a + hi);
        return;
      }
      lo = equal;
    }
  }
  std::sort(a + lo, a + hi);
}

// Writes to out[k] the value at ranks[k] - offset of pool[0, size) sorted (ranks ascending), which
// it reorders: each rank is selected among what lies above the one before, and the rank right
// after it is the least of those, found without a selection.
inline void select_ranks(double *pool, std::size_t size, std::span<const std::size_t> ranks,
                         std::size_t offset, double *out) {
  std::size_t from = 0; // pool[0, from) holds no value above pool[from - 1]
  for (std::size_t k = 0; k < ranks.size(); ++k) {
    const std::size_t at = ranks[k] - offset;
    if (at == from)
      std::iter_swap(pool + at, std::min_element(pool + at, pool + size));
    else if (at > from)
      select_nth(pool + from, size - from, at - from);
    out[k] = pool[at];
    from = std::max(from, at + 1);
  }
}

// `buffer` with room for n values, grown only: no values are written to make the room.
inline double *room_for(std::vector<double> &buffer, std::size_t n) {
  if (buffer.size() < n) buffer.resize(n);
  return buffer.data();
}

} // namespace detail

// The values a full sort of `values` would put at each of `ranks` (counted from 0, ascending,
// each below values.size(); no NaN among the values), written to `out` (one per rank); `values`
// is left as it is. Made for the percentiles of a bootstrap: ranks near both ends of a few
// thousand resampled statistics in no particular order. Bounds guessed from the first values
// cut off each tail in one pass without branches; when a tail holds at least the values its
// ranks need, every value outside it lies beyond all of it, so selecting in a tenth of the
// values gives the same result. When a guess falls short, or the ranks are not near the ends,
// it selects among all the values.
inline void order_statistics(std::span<const double> values, std::span<const std::size_t> ranks,
                             std::span<double> out) {
  constexpr std::size_t sample_size = 128; // values the bounds are guessed from
  constexpr std::size_t margin = 4;        // a tail is cut to hold about this many times its need
  const std::size_t n = values.size();
  const auto split =
      static_cast<std::size_t>(std::lower_bound(ranks.begin(), ranks.end(), n / 2) - ranks.begin());
  const std::size_t need_low = split > 0 ? ranks[split - 1] + 1 : 0;
  const std::size_t need_high = split < ranks.size() ? n - ranks[split] : 0;
  thread_local std::vector<double> sample_buffer, lower_buffer, upper_buffer; // reused
  double *const lower = detail::room_for(lower_buffer, n);
  if (n >= 4 * sample_size && std::max(need_low, need_high) * 16 <= n) {
    const auto sample_rank = [n](std::size_t need) {
      return std::min(sample_size / 2 - 1, margin * need * sample_size / n);
    };
    const std::array<std::size_t, 2> sample_ranks{sample_rank(need_low),
                                                  sample_size - 1 - sample_rank(need_high)};
    double *const sample = detail::room_for(sample_buffer, sample_size);
    std::copy_n(values.begin(), sample_size, sample);
    std::array<double, 2> bounds{};
    detail::select_ranks(sample, sample_size, sample_ranks, 0, bounds.data());
    double *const upper = detail::room_for(upper_buffer, n);
    std::size_t in_lower = 0, in_upper = 0;
    for (const double v : values) {
      lower[in_lower] = v;
      in_lower += v <= bounds[0] ? 1 : 0;
      upper[in_upper] = v;
      in_upper += v >= bounds[1] ? 1 : 0;
    }
    if (in_lower >= need_low && in_upper >= need_high) {
      detail::select_ranks(lower, in_lower, ranks.first(split), 0, out.data());
      detail::select_ranks(upper, in_upper, ranks.subspan(split), n - in_upper, out.data() + split);
      return;
    }
  }
  std::copy(values.begin(), values.end(), lower);
  detail::select_ranks(lower, n, ranks, 0, out.data());
}

} // namespace aspectdiff::sdk
