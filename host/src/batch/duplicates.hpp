// Near-duplicate clusters from MinHash signatures: documents whose estimated shingle similarity
// reaches `threshold` are linked, and linked documents form one cluster, represented by its
// earliest member in input order.
//
// Candidates come from locality-sensitive hashing: the 64 values are cut into 16 bands of 4,
// and only documents with one whole band equal are compared. Two documents at similarity s
// share a given band with probability s^4, so at least one of 16 with probability
// 1 - (1 - s^4)^16: above 99.9% at s = 0.8, 12% at s = 0.3 (then rejected by the comparison).
// A newcomer that matches a bucket member is not added to that bucket (the member stands for
// it), and a bucket keeps at most 256 members, so a story reprinted thousands of times stays
// linear.
#pragma once

#include "batch/minhash.hpp"

#include <cstdint>
#include <vector>

namespace aspectdiff::batch {

// representative[i]: the index of the earliest member of i's cluster (i itself when alone or
// first). Indices are positions in `signatures`, which is in input order.
std::vector<std::uint32_t> cluster_duplicates(const std::vector<MinHash> &signatures,
                                              double threshold);

} // namespace aspectdiff::batch
