#include "cache/result_cache.hpp"

#include "cache/entry_format.hpp"
#include "cache/file_io.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <system_error>
#include <vector>

namespace aspectdiff::cache {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view entry_extension = ".adr";
constexpr std::string_view temp_extension = ".tmp";
constexpr std::size_t key_length = 32;

bool is_hex(std::string_view s) noexcept {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

fs::path home_dir() {
  if (const char *home = std::getenv("HOME"); home != nullptr && *home != '\0') return home;
  // HOME is unset for some service accounts; the password database still knows the home.
  std::vector<char> buffer(16384);
  passwd entry{};
  passwd *found = nullptr;
  if (getpwuid_r(getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found &&
      found->pw_dir != nullptr && *found->pw_dir != '\0')
    return found->pw_dir;
  return {};
}

// Entry files "<key>.adr" and temporaries ".<key>.<...>.tmp"; nothing else is ever removed.
bool is_entry_name(std::string_view name) noexcept {
  return name.size() == key_length + entry_extension.size() && name.ends_with(entry_extension) &&
         is_hex(name.substr(0, key_length));
}

bool is_temp_name(std::string_view name) noexcept {
  return name.size() > 1 + key_length + temp_extension.size() && name.front() == '.' &&
         name.ends_with(temp_extension) && is_hex(name.substr(1, key_length));
}

bool is_fanout_name(std::string_view name) noexcept {
  return name.size() == 2 && is_hex(name);
}

} // namespace

ResultCache::ResultCache(fs::path dir) : dir_(std::move(dir)) {}

fs::path ResultCache::default_dir() {
  if (const char *xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/')
    return fs::path(xdg) / "aspectdiff";
  fs::path home = home_dir();
  if (!home.empty()) return home / ".cache" / "aspectdiff";
  // No home at all: a per-user folder under the temporary directory, so users never share one.
  std::error_code ec;
  fs::path tmp = fs::temp_directory_path(ec);
  if (ec) tmp = "/tmp";
  return tmp / ("aspectdiff-cache-" + std::to_string(getuid()));
}

bool ResultCache::valid_key(std::string_view key) noexcept {
  return key.size() == key_length && is_hex(key);
}

fs::path ResultCache::entry_path(const std::string &key) const {
  return dir_ / key.substr(0, 2) / (key + std::string(entry_extension));
}

std::optional<model::AspectResult> ResultCache::load(const std::string &key) const {
  if (!valid_key(key)) return std::nullopt;
  try {
    const fs::path path = entry_path(key);
    std::optional<std::string> bytes = read_file(path);
    if (!bytes) return std::nullopt;
    auto result = decode_entry(key, *bytes);
    if (!result) {
      std::error_code ignored;
      fs::remove(path, ignored);
    }
    return result;
  } catch (const std::exception &) {
    return std::nullopt; // out of memory reading a huge file: as good as absent
  }
}

bool ResultCache::store(const std::string &key, const model::AspectResult &result) const {
  if (!valid_key(key)) return false;
  try {
    const fs::path path = entry_path(key);
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return false;
    return write_file_atomically(path, "." + key, temp_extension, encode_entry(key, result));
  } catch (const std::exception &) {
    return false;
  }
}

std::uintmax_t ResultCache::clear() const {
  std::uintmax_t removed = 0;
  std::error_code ec;
  for (fs::directory_iterator fan(dir_, ec), end; !ec && fan != end; fan.increment(ec)) {
    std::error_code kind;
    if (!is_fanout_name(fan->path().filename().native()) || !fan->is_directory(kind)) continue;
    std::error_code inner;
    for (fs::directory_iterator file(fan->path(), inner); !inner && file != end;
         file.increment(inner)) {
      const std::string name = file->path().filename().native();
      const bool entry = is_entry_name(name);
      if (!entry && !is_temp_name(name)) continue;
      std::error_code gone;
      if (fs::remove(file->path(), gone) && entry) ++removed;
    }
    std::error_code not_empty; // fails, harmlessly, when the folder holds other files
    fs::remove(fan->path(), not_empty);
  }
  return removed;
}

} // namespace aspectdiff::cache
