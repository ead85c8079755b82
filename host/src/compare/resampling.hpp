// The resampled means a percentile bootstrap is made of.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace aspectdiff::compare {

// The mean of each of `samples` resamples of `values` with replacement, written into `means`.
// Resample r takes values.size() positions drawn uniformly from one Xoshiro256 stream seeded by
// `seed`: the positions of resample 0 first, in order, then those of resample 1, and so on. Each
// mean sums its values in the order drawn, so the means are the same to the last bit however
// they are computed. The positions depend only on (values.size(), samples, seed): they are drawn
// once per thread and kept for the next call with those three, up to a budget; a sample too long
// to keep them for draws them as it goes, with the same result.
// Preconditions (the caller checks them): values is not empty and holds fewer than 2^32 values.
void resampled_means(std::span<const double> values, unsigned samples, std::uint64_t seed,
                     std::vector<double> &means);

} // namespace aspectdiff::compare
