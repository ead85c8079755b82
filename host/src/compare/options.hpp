// Settings of a comparison run: aspect weights for the overall similarity, and how the bootstrap
// intervals and evidence lists are produced.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace aspectdiff::compare {

struct CompareOptions {
  std::map<std::string, double, std::less<>>
      weights; // aspect -> weight for the overall (default 1)
  // 0: no intervals at all, for a caller that needs only similarities (they never use them).
  unsigned bootstrap_samples = 2000;
  std::uint64_t seed = 0x5eed; // results are reproducible
  std::size_t evidence_per_difference = 3;

  // The weight of an aspect in the overall similarity: the configured one, else 1.
  double weight_of(std::string_view aspect) const {
    auto it = weights.find(aspect);
    return it == weights.end() ? 1.0 : it->second;
  }
};

} // namespace aspectdiff::compare
