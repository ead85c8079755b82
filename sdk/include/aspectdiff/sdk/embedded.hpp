// Data files compiled into a plugin by aspectdiff_add_plugin(... DATA ...).
#pragma once

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace aspectdiff::sdk {

struct EmbeddedFile {
  std::string_view name;  // path relative to the plugin's source folder, e.g. "data/lexicon.tsv"
  std::string_view bytes; // the file's content
};

// Defined in the source that aspectdiff_add_plugin() generates for each plugin.
std::span<const EmbeddedFile> embedded_files() noexcept;

// The content of one embedded file; throws if the plugin was built without it.
inline std::string_view embedded_file(std::string_view name) {
  for (const auto &f : embedded_files())
    if (f.name == name) return f.bytes;
  throw std::runtime_error("no embedded data file '" + std::string(name) + "'");
}

} // namespace aspectdiff::sdk
