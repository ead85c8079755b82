// Near-duplicate signatures: MinHash over overlapping word shingles.
//
// Each shingle (`width` consecutive normalised words, punctuation skipped) is hashed with
// xxHash64; signature value i is the least of hash_i(shingle) over the document, where hash_i
// mixes the shingle hash with the i-th of 64 fixed odd multipliers. The share of equal values in
// two signatures estimates the Jaccard similarity of the two shingle sets (standard error about
// 0.05 at 64 values), whatever the documents' lengths: a wire story and its reprint under a new
// headline share some 98% of their shingles, two articles on the same summit a few percent.
// Values keep their top 16 bits (b-bit minwise hashing), so a signature is 128 bytes; chance
// agreement is 1/65536 per value.
#pragma once

#include "model/document.hpp"

#include <array>
#include <cstdint>

namespace aspectdiff::batch {

inline constexpr std::size_t minhash_size = 64;
inline constexpr unsigned default_shingle_width = 4;

using MinHash = std::array<std::uint16_t, minhash_size>;

MinHash minhash(const model::Document &doc, unsigned width = default_shingle_width);

// The share of equal values: the estimated Jaccard similarity of the two shingle sets.
double estimated_similarity(const MinHash &a, const MinHash &b) noexcept;

} // namespace aspectdiff::batch
