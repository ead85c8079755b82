#include "plugins/discovery.hpp"

#include "plugins/descriptor_check.hpp"
#include "plugins/file_safety.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <variant>

#include <unistd.h>

namespace aspectdiff::plugins {

namespace {

void add_unique(std::vector<std::filesystem::path> &dirs, const std::filesystem::path &dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return;
  auto canonical = std::filesystem::weakly_canonical(dir, ec);
  if (ec) canonical = dir;
  if (std::find(dirs.begin(), dirs.end(), canonical) == dirs.end()) dirs.push_back(canonical);
}

} // namespace

std::filesystem::path executable_dir() {
  std::error_code ec;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : self.parent_path();
}

std::filesystem::path bundled_plugin_dir() {
  const auto exe = executable_dir();
  if (exe.empty()) return {};
  std::error_code ec;
  auto dir = std::filesystem::weakly_canonical(exe / ".." / "lib" / "aspectdiff" / "plugins", ec);
  return ec ? std::filesystem::path() : dir;
}

bool is_first_party(const LoadedPlugin &plugin) {
  const auto bundled = bundled_plugin_dir();
  std::error_code ec;
  const auto dir = std::filesystem::weakly_canonical(plugin.path, ec).parent_path();
  return !bundled.empty() && !ec && dir == bundled;
}

std::vector<std::filesystem::path>
plugin_search_path(const std::vector<std::filesystem::path> &command_line,
                   const std::vector<std::filesystem::path> &configured) {
  std::vector<std::filesystem::path> dirs;
  for (const auto &d : command_line)
    add_unique(dirs, d);
  if (const char *env = std::getenv("ASPECTDIFF_PLUGIN_PATH"); env != nullptr) {
    std::string_view list(env);
    while (!list.empty()) {
      const auto colon = list.find(':');
      const auto entry = list.substr(0, colon);
      if (!entry.empty()) add_unique(dirs, std::filesystem::path(std::string(entry)));
      if (colon == std::string_view::npos) break;
      list.remove_prefix(colon + 1);
    }
  }
  for (const auto &d : configured)
    add_unique(dirs, d);
  if (const auto bundled = bundled_plugin_dir(); !bundled.empty()) add_unique(dirs, bundled);
  return dirs;
}

std::variant<std::shared_ptr<const LoadedPlugin>, Refusal>
load_plugin_file(const std::filesystem::path &file) {
  const std::string stem = file.stem().string();
  Refusal refusal{file, stem, "", ""};
  if (!valid_plugin_name(stem)) {
    refusal.code = "P007";
    refusal.reason = "file name '" + file.filename().string() +
                     "' is not a plugin name (a-z, 0-9 and _ only, then .so)";
    return refusal;
  }
  std::string error;
  auto library = Library::open(file, error);
  if (library == nullptr) {
    refusal.code = "P001";
    refusal.reason = "not a loadable shared library: " + error;
    return refusal;
  }
  const std::string symbol = entry_symbol(stem);
  void *address = library->symbol(symbol);
  if (address == nullptr) {
    refusal.code = "P002";
    refusal.reason = "exports no entry function '" + symbol +
                     "'; a plugin defines it with ASPECTDIFF_PLUGIN(" + stem + ", ...)";
    return refusal;
  }
  // The one cast from a data address to the entry function's type: dlsym's contract.
  const auto entry = reinterpret_cast<aspectdiff_entry_fn>(address);
  auto checked = check_descriptor(entry(), stem);
  if (auto *failure = std::get_if<CheckFailure>(&checked)) {
    refusal.code = failure->code;
    refusal.reason = failure->reason;
    return refusal;
  }
  auto plugin = std::make_shared<LoadedPlugin>(std::get<LoadedPlugin>(std::move(checked)));
  plugin->library = std::move(library);
  plugin->path = file;
  return std::shared_ptr<const LoadedPlugin>(std::move(plugin));
}

Discovery discover(const std::vector<std::filesystem::path> &dirs, bool allow_insecure) {
  Discovery found;
  found.searched = dirs;
  std::map<std::string, std::filesystem::path> seen;
  for (const auto &dir : dirs) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".so" && !entry.is_directory()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) continue;
    if (!allow_insecure) {
      if (auto refusal = refuse_if_writable_by_others(dir, true)) {
        found.refusals.push_back(std::move(*refusal));
        continue;
      }
    }
    for (const auto &file : files) {
      if (!allow_insecure) {
        if (auto refusal = refuse_if_writable_by_others(file, false)) {
          found.refusals.push_back(std::move(*refusal));
          continue;
        }
      }
      auto loaded = load_plugin_file(file);
      if (auto *refusal = std::get_if<Refusal>(&loaded)) {
        found.refusals.push_back(std::move(*refusal));
        continue;
      }
      auto plugin = std::get<std::shared_ptr<const LoadedPlugin>>(std::move(loaded));
      if (auto it = seen.find(plugin->name); it != seen.end()) {
        found.refusals.push_back({file, plugin->name, "P008",
                                  "plugin '" + plugin->name + "' was already loaded from " +
                                      it->second.string() + " (earlier in the search path)"});
        continue;
      }
      seen.emplace(plugin->name, file);
      found.plugins.push_back(std::move(plugin));
    }
  }
  return found;
}

} // namespace aspectdiff::plugins
