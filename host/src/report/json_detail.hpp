// How much of each aspect result the JSON outputs carry (`--detail`, batch `detail`). The
// default leaves out what a program rarely reads and what made the output many times larger
// than its input: metric labels and kinds, item attributes and per-sentence values.
#pragma once

#include <optional>
#include <string_view>

namespace aspectdiff::report {

enum class Detail {
  metrics, // each metric's name, value and evidence spans; no items
  items,   // and each item's key, label, category, weight, count and evidence spans (default)
  full,    // and metric labels and kinds, item attributes and per-sentence values
};

std::string_view to_string(Detail detail) noexcept;
// "metrics", "items" or "full"; nothing for any other text.
std::optional<Detail> parse_detail(std::string_view text) noexcept;

} // namespace aspectdiff::report
