// Aspect results stored on disk by key, shared safely by concurrent processes.
#pragma once

#include "cache/result_key.hpp" // callers computing keys need it with the cache
#include "model/result.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace aspectdiff::cache {

// One file per result at <dir>/<first two hex digits of key>/<key>.adr (the fan-out keeps
// folders small). Keys are 32 lowercase hex digits, as result_key makes them; any other key is
// never looked up or stored (load gives nullopt, store false), so a key can never name a path
// outside the cache.
//
// Writes go to a temporary file in the entry's own folder, named after the process, thread and a
// counter so no two writers share one, and are then renamed over the entry: rename is atomic
// within a file system, so a reader sees the old entry or the new one, never a mixture, and two
// processes storing the same key both leave a complete entry. There is no fsync: after a crash a
// torn entry fails its checksum and is recomputed, which is cheaper than syncing every result.
class ResultCache {
public:
  explicit ResultCache(std::filesystem::path dir); // created on first store
  // $XDG_CACHE_HOME/aspectdiff when XDG_CACHE_HOME is an absolute path, else
  // $HOME/.cache/aspectdiff (the home from the password database when HOME is unset).
  static std::filesystem::path default_dir();

  // The result stored under `key`, with from_cache set; nullopt if absent, unreadable,
  // truncated or corrupt. A truncated or corrupt entry is removed so the next store replaces it.
  std::optional<model::AspectResult> load(const std::string &key) const;
  // Stores `result` under `key`, replacing any entry. False on any failure; never throws.
  bool store(const std::string &key, const model::AspectResult &result) const;
  // Removes every entry and any temporary file left by an interrupted writer, then the emptied
  // fan-out folders; other files are left alone. Returns the number of entries removed.
  std::uintmax_t clear() const;
  const std::filesystem::path &dir() const { return dir_; }

  // Whether `key` has the form the cache accepts.
  static bool valid_key(std::string_view key) noexcept;

private:
  std::filesystem::path entry_path(const std::string &key) const;
  std::filesystem::path dir_;
};

} // namespace aspectdiff::cache
