#include "mtld.hpp"

#include <stdexcept>
#include <vector>

namespace aspectdiff::plugins::style {

std::optional<double> mtld_one_way(std::span<const std::uint32_t> types, std::uint32_t type_count,
                                   double threshold, bool backward) {
  if (types.empty()) return std::nullopt;
  // seen_in[t] is the number of the factor in which type t last occurred, so starting a new
  // factor is one increment instead of clearing a set.
  std::vector<std::uint32_t> seen_in(type_count, 0);
  std::uint32_t factor_id = 1;
  std::size_t words = 0;
  std::size_t distinct = 0;
  double factors = 0.0;
  const std::size_t n = types.size();
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t t = types[backward ? n - 1 - k : k];
    if (t >= type_count) throw std::out_of_range("mtld: type id beyond type_count");
    ++words;
    if (seen_in[t] != factor_id) {
      seen_in[t] = factor_id;
      ++distinct;
    }
    const double ttr = static_cast<double>(distinct) / static_cast<double>(words);
    if (ttr <= threshold) {
      factors += 1.0;
      ++factor_id;
      words = 0;
      distinct = 0;
    }
  }
  if (words > 0) {
    const double ttr = static_cast<double>(distinct) / static_cast<double>(words);
    factors += (1.0 - ttr) / (1.0 - threshold);
  }
  if (factors <= 0.0) return std::nullopt;
  return static_cast<double>(n) / factors;
}

std::optional<double> mtld(std::span<const std::uint32_t> types, std::uint32_t type_count,
                           double threshold) {
  const auto forward = mtld_one_way(types, type_count, threshold, false);
  const auto backward = mtld_one_way(types, type_count, threshold, true);
  if (!forward || !backward) return std::nullopt;
  return (*forward + *backward) / 2.0;
}

std::optional<double> type_token_ratio(std::span<const std::uint32_t> types,
                                       std::uint32_t type_count) {
  if (types.empty()) return std::nullopt;
  std::vector<bool> seen(type_count, false);
  std::size_t distinct = 0;
  for (auto t : types) {
    if (t >= type_count) throw std::out_of_range("type_token_ratio: type id beyond type_count");
    if (!seen[t]) {
      seen[t] = true;
      ++distinct;
    }
  }
  return static_cast<double>(distinct) / static_cast<double>(types.size());
}

} // namespace aspectdiff::plugins::style
