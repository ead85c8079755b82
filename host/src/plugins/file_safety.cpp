#include "plugins/file_safety.hpp"

#include <sys/stat.h>

namespace aspectdiff::plugins {

std::optional<Refusal> refuse_if_writable_by_others(const std::filesystem::path &path,
                                                    bool is_directory) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || (st.st_mode & S_IWOTH) == 0) return std::nullopt;
  const std::string quoted = "'" + path.string() + "'";
  const std::string escape = " (or set allow_insecure_plugins = true in the configuration to "
                             "load it anyway)";
  if (is_directory)
    return Refusal{path, path.filename().string(), "P016",
                   "the plugin directory is writable by every user, so anyone could put code "
                   "in it; no plugin is loaded from it. Fix: chmod o-w " +
                       quoted + escape};
  return Refusal{path, path.stem().string(), "P017",
                 "the plugin file is writable by every user, so anyone could change its code; "
                 "it is not loaded. Fix: chmod o-w " +
                     quoted + escape};
}

} // namespace aspectdiff::plugins
