#include "batch/duplicates.hpp"

#include <numeric>
#include <unordered_map>

namespace aspectdiff::batch {

namespace {

constexpr std::size_t kBands = 16;
constexpr std::size_t kRows = minhash_size / kBands;
constexpr std::size_t kBucketLimit = 256;

struct Clusters {
  std::vector<std::uint32_t> parent;
  explicit Clusters(std::size_t n) : parent(n) {
    std::iota(parent.begin(), parent.end(), std::uint32_t{0});
  }
  std::uint32_t find(std::uint32_t i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
  // The smaller index stays the root, so the root is the earliest member.
  void join(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (a < b)
      parent[b] = a;
    else
      parent[a] = b;
  }
};

std::uint64_t band_key(const MinHash &s, std::size_t band) {
  std::uint64_t key = 0;
  for (std::size_t r = 0; r < kRows; ++r)
    key = (key << 16) | s[band * kRows + r];
  return key;
}

} // namespace

std::vector<std::uint32_t> cluster_duplicates(const std::vector<MinHash> &signatures,
                                              double threshold) {
  const std::size_t n = signatures.size();
  Clusters clusters(n);
  for (std::size_t band = 0; band < kBands; ++band) {
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> buckets;
    buckets.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
      auto &bucket = buckets[band_key(signatures[i], band)];
      bool linked = false;
      for (const auto member : bucket)
        if (estimated_similarity(signatures[member], signatures[i]) >= threshold) {
          clusters.join(member, i);
          linked = true;
        }
      if (!linked && bucket.size() < kBucketLimit) bucket.push_back(i);
    }
  }
  std::vector<std::uint32_t> out(n);
  for (std::uint32_t i = 0; i < n; ++i)
    out[i] = clusters.find(i);
  return out;
}

} // namespace aspectdiff::batch
