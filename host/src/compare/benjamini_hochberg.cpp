#include "compare/benjamini_hochberg.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace aspectdiff::compare {

std::vector<double> benjamini_hochberg(std::span<const double> p_values) {
  std::vector<std::size_t> tested;
  for (std::size_t i = 0; i < p_values.size(); ++i) {
    const double p = p_values[i];
    if (std::isnan(p)) continue;
    if (p < 0.0 || p > 1.0)
      throw std::invalid_argument("Benjamini-Hochberg: p value " + std::to_string(i) + " is " +
                                  std::to_string(p) + ", outside [0, 1]");
    tested.push_back(i);
  }
  std::vector<double> adjusted(p_values.size(), std::numeric_limits<double>::quiet_NaN());
  // Largest p first, so the running minimum enforces monotonicity from the top down.
  std::stable_sort(tested.begin(), tested.end(),
                   [&](std::size_t x, std::size_t y) { return p_values[x] > p_values[y]; });
  const double m = static_cast<double>(tested.size());
  double running = 1.0;
  for (std::size_t k = 0; k < tested.size(); ++k) {
    const double rank = m - static_cast<double>(k); // 1-based rank in ascending order
    running = std::min(running, p_values[tested[k]] * m / rank);
    adjusted[tested[k]] = running;
  }
  return adjusted;
}

} // namespace aspectdiff::compare
