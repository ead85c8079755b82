#include "bootstrap.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include <aspectdiff/sdk/resampling.hpp>

namespace aspectdiff::plugins::sentiment {

namespace {

// SplitMix64: small, fast and good enough to draw resampling indices.
struct SplitMix {
  std::uint64_t state;
  std::uint64_t next() noexcept {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  std::uint32_t below(std::size_t n) noexcept {
    return static_cast<std::uint32_t>(next() % n); // n is small: the bias is negligible
  }
};

// x % n for a fixed n > 0, exactly, by multiplications instead of a division (Lemire, Kaser and
// Kurz, "Faster remainder by direct computation", 2019): drawing kept positions costs half as
// much, and they are the same positions.
class Remainder {
public:
  explicit Remainder(std::uint64_t n) : n_(n), m_(~Wide{0} / n + 1) {}
  std::uint64_t of(std::uint64_t x) const noexcept {
    const Wide low = m_ * x;
    const Wide bottom = (low & ~std::uint64_t{0}) * n_ >> 64;
    return static_cast<std::uint64_t>((bottom + (low >> 64) * n_) >> 64);
  }

private:
  __extension__ using Wide = unsigned __int128;
  std::uint64_t n_;
  Wide m_;
};

// Every position a bootstrap of sides of `na` and `nb` values draws, in the order drawn: for each
// resample, B's positions, then A's (a side without values draws none). The stream is seeded by
// the two sizes alone, so the positions are drawn once per thread and kept: a run compares one
// reference with thousands of documents of a few recurring sizes, and drawing them was most of
// the cost. Sides are short (sentences, or one actor's mentions), so 16 bits hold a position.
using Position = std::uint16_t;

struct PlanKey {
  std::size_t na = 0, nb = 0;
  bool operator==(const PlanKey &) const = default;
};

SplitMix stream_of(std::size_t na, std::size_t nb) {
  return SplitMix{0x5eed0000u + na * 31 + nb};
}

constexpr std::size_t kept_budget = std::size_t{4} << 20; // 8 MB of positions per thread

bool worth_keeping(std::size_t na, std::size_t nb, std::size_t resamples) {
  constexpr std::size_t positions = std::size_t{1} << 16;
  return na <= positions && nb <= positions && (na + nb) * resamples <= kept_budget / 2;
}

// Resample r is [r * (nb + na), (r + 1) * (nb + na)).
const std::vector<Position> &plan_of(std::size_t na, std::size_t nb, std::size_t resamples) {
  thread_local sdk::KeptPositions<PlanKey, Position> kept(kept_budget);
  return kept.get({na, nb}, (na + nb) * resamples, [&](Position *out) {
    SplitMix rng = stream_of(na, nb);
    const Remainder in_a(std::max<std::size_t>(na, 1)), in_b(std::max<std::size_t>(nb, 1));
    for (std::size_t r = 0; r < resamples; ++r) {
      for (std::size_t i = 0; i < nb; ++i)
        *out++ = static_cast<Position>(in_b.of(rng.next()));
      for (std::size_t i = 0; i < na; ++i)
        *out++ = static_cast<Position>(in_a.of(rng.next()));
    }
  });
}

double mean_of(double total, std::size_t n) {
  return n == 0 ? 0.0 : total / static_cast<double>(n);
}

// mean(resampled b) - mean(resampled a) for each resample `plan` lists, one per element of
// `diffs`. Two resamples are
// summed side by side, each sum in its own order (so the result is what one at a time gives),
// letting their chains of additions overlap.
void differences_by_plan(std::span<const double> a, std::span<const double> b,
                         const std::vector<Position> &plan, std::vector<double> &diffs) {
  const std::size_t na = a.size(), nb = b.size(), width = na + nb;
  const Position *row = plan.data();
  std::size_t r = 0;
  for (; r + 2 <= diffs.size(); r += 2, row += 2 * width) {
    const Position *next = row + width;
    double b0 = 0.0, b1 = 0.0, a0 = 0.0, a1 = 0.0;
    for (std::size_t i = 0; i < nb; ++i) {
      b0 += b[row[i]];
      b1 += b[next[i]];
    }
    for (std::size_t i = 0; i < na; ++i) {
      a0 += a[row[nb + i]];
      a1 += a[next[nb + i]];
    }
    diffs[r] = mean_of(b0, nb) - mean_of(a0, na);
    diffs[r + 1] = mean_of(b1, nb) - mean_of(a1, na);
  }
  for (; r < diffs.size(); ++r, row += width) {
    double sb = 0.0, sa = 0.0;
    for (std::size_t i = 0; i < nb; ++i)
      sb += b[row[i]];
    for (std::size_t i = 0; i < na; ++i)
      sa += a[row[nb + i]];
    diffs[r] = mean_of(sb, nb) - mean_of(sa, na);
  }
}

// The same differences, each position drawn as it is used: for sides too long to keep them.
void differences_as_drawn(std::span<const double> a, std::span<const double> b,
                          std::vector<double> &diffs) {
  SplitMix rng = stream_of(a.size(), b.size());
  const auto resampled_mean = [&rng](std::span<const double> v) {
    double total = 0.0;
    for (std::size_t i = 0; i < v.size(); ++i)
      total += v[rng.below(v.size())];
    return mean_of(total, v.size());
  };
  for (auto &d : diffs) {
    const double mb = resampled_mean(b);
    d = mb - resampled_mean(a);
  }
}

} // namespace

Interval bootstrap_mean_difference(std::span<const double> a, std::span<const double> b,
                                   int resamples) {
  const auto count = static_cast<std::size_t>(std::max(resamples, 1));
  thread_local std::vector<double> diffs; // reused: no allocation per comparison
  diffs.resize(count);
  if (worth_keeping(a.size(), b.size(), count))
    differences_by_plan(a, b, plan_of(a.size(), b.size(), count), diffs);
  else
    differences_as_drawn(a, b, diffs);
  double mean = 0.0, square = 0.0;
  for (const double d : diffs)
    mean += d / static_cast<double>(diffs.size());
  for (const double d : diffs)
    square += (d - mean) * (d - mean) / static_cast<double>(diffs.size());
  // The order statistics a full sort would put at the two quantiles.
  const auto rank = [&](double q) {
    return static_cast<std::size_t>(q * static_cast<double>(diffs.size() - 1));
  };
  const std::array<std::size_t, 2> ranks{rank(0.025), rank(0.975)};
  std::array<double, 2> bounds{};
  sdk::order_statistics(diffs, ranks, bounds);
  return {bounds[0], bounds[1], std::sqrt(square)};
}

} // namespace aspectdiff::plugins::sentiment
