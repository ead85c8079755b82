// Finding plugin files in the search path, loading and checking each.
#pragma once

#include "plugins/plugin.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace aspectdiff::plugins {

struct Discovery {
  std::vector<std::shared_ptr<const LoadedPlugin>> plugins; // passed the load rule
  std::vector<Refusal> refusals;                            // refused, with reasons
  std::vector<std::filesystem::path> searched;              // directories, in order
};

// The search order: --plugin-dir (each, in order), ASPECTDIFF_PLUGIN_PATH (colon-separated),
// the configuration's plugin_dirs, then <executable>/../lib/aspectdiff/plugins. The current
// directory is never searched unless one of these names it. Missing directories are skipped.
std::vector<std::filesystem::path>
plugin_search_path(const std::vector<std::filesystem::path> &command_line,
                   const std::vector<std::filesystem::path> &configured);

// Loads every *.so file in `dirs`. A file whose plugin name was already found earlier in the
// search order is refused as a duplicate (the earlier one wins). A directory or file that every
// user may write is refused (P016, P017) unless `allow_insecure`. Must run on the main thread
// before any worker starts.
Discovery discover(const std::vector<std::filesystem::path> &dirs, bool allow_insecure = false);

// The directory of the running executable (empty when unknown), and the plugin directory that
// ships with it (<executable>/../lib/aspectdiff/plugins): plugins there are first-party.
std::filesystem::path executable_dir();
std::filesystem::path bundled_plugin_dir();
bool is_first_party(const LoadedPlugin &plugin);

// Loads one file; the result holds either the plugin or the refusal.
std::variant<std::shared_ptr<const LoadedPlugin>, Refusal>
load_plugin_file(const std::filesystem::path &file);

} // namespace aspectdiff::plugins
