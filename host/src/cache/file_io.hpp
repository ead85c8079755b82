// Whole-file reads and atomic whole-file writes for the cache, with POSIX calls so that every
// failure is a return value and the temporary file is created exclusively.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace aspectdiff::cache {

// The file's bytes; nullopt when it is missing, unreadable, not a regular file or larger than
// `max_bytes`.
std::optional<std::string> read_file(const std::filesystem::path &path,
                                     std::uintmax_t max_bytes = std::uintmax_t{1} << 32);

// Writes `bytes` to a new file in `path`'s folder named
// <temp_prefix>.<pid>.<thread>.<counter><temp_suffix>, then renames it over `path`. The
// temporary file is removed on failure. False on any failure.
bool write_file_atomically(const std::filesystem::path &path, std::string_view temp_prefix,
                           std::string_view temp_suffix, std::string_view bytes);

} // namespace aspectdiff::cache
