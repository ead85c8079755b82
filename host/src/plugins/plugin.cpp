#include "plugins/plugin.hpp"

#include <algorithm>

namespace aspectdiff::plugins {

bool LoadedPlugin::handles_language(std::string_view language) const noexcept {
  if (languages.empty()) return true;
  const auto primary = language.substr(0, language.find('-'));
  return std::any_of(languages.begin(), languages.end(),
                     [&](const std::string &l) { return l == primary; });
}

std::string Refusal::message() const {
  return "[" + code + "] " + path.string() + ": " + reason;
}

} // namespace aspectdiff::plugins
