#include "plugins/version.hpp"

#include <charconv>

namespace aspectdiff::plugins {

std::string Version::to_string() const {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

std::optional<Version> parse_version(std::string_view text) noexcept {
  if (const auto cut = text.find_first_of("-+"); cut != std::string_view::npos)
    text = text.substr(0, cut);
  if (text.empty()) return std::nullopt;
  unsigned parts[3] = {0, 0, 0};
  std::size_t index = 0;
  const char *p = text.data();
  const char *end = text.data() + text.size();
  while (true) {
    if (index == 3) return std::nullopt;
    auto [next, ec] = std::from_chars(p, end, parts[index]);
    if (ec != std::errc{} || next == p) return std::nullopt;
    ++index;
    if (next == end) break;
    if (*next != '.') return std::nullopt;
    p = next + 1;
  }
  return Version{parts[0], parts[1], parts[2]};
}

} // namespace aspectdiff::plugins
