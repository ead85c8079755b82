// Reading the raw bytes of one input: a file, or standard input for "-". Refuses what is not a
// readable file, and anything over the size limit, before reading it all.
#pragma once

#include "text/input_error.hpp"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

namespace aspectdiff::text {

// An open input that closes itself (standard input is left open).
struct FileCloser {
  bool owned = true;
  void operator()(std::FILE *f) const noexcept {
    if (owned && f != nullptr) std::fclose(f);
  }
};
using InputFile = std::unique_ptr<std::FILE, FileCloser>;

// Opens `path` ("-": standard input) for reading. On failure returns null and sets `error`
// (missing file, a directory, permission).
InputFile open_input(const std::string &path, InputError &error);

// Reads all of `path` into `out`; nullopt on success. A file over `max_bytes` is refused with
// its size, without reading it.
std::optional<InputError> read_all(const std::string &path, std::uint64_t max_bytes,
                                   std::string &out);

// "64 MiB", "1.5 MiB", "812 bytes".
std::string describe_size(std::uint64_t bytes);

} // namespace aspectdiff::text
