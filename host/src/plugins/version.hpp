// "major.minor[.patch]" versions of plugins and of the aspects they require.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace aspectdiff::plugins {

struct Version {
  unsigned major = 0;
  unsigned minor = 0;
  unsigned patch = 0;
  auto operator<=>(const Version &) const = default;
  std::string to_string() const;
};

// Accepts "1", "1.2", "1.2.3" and a pre-release or build suffix after '-' or '+' (ignored).
std::optional<Version> parse_version(std::string_view text) noexcept;

} // namespace aspectdiff::plugins
