// Lexical diversity: MTLD (McCarthy & Jarvis 2010) and the plain type-token ratio, computed over
// word types numbered 0..type_count-1 so the inner loop needs neither hashing nor allocation.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace aspectdiff::plugins::style {

// MTLD in one direction: the text's length in words divided by its number of factors. A factor
// is a run of words whose running type-token ratio has fallen to `threshold`; the words left at
// the end count as the fraction (1 - ttr) / (1 - threshold) of a factor. Empty when the text has
// no factor at all (every word differs from the others, so no run ever repeats itself).
std::optional<double> mtld_one_way(std::span<const std::uint32_t> types, std::uint32_t type_count,
                                   double threshold, bool backward);

// The mean of the forward and backward values, as the paper defines MTLD; empty when either is.
std::optional<double> mtld(std::span<const std::uint32_t> types, std::uint32_t type_count,
                           double threshold);

// Distinct types over words; empty for no words.
std::optional<double> type_token_ratio(std::span<const std::uint32_t> types,
                                       std::uint32_t type_count);

} // namespace aspectdiff::plugins::style
