// Files a batch job writes: an append-only file made durable in groups of lines (results,
// errors, the journal), and a whole output written to a temporary file and renamed into place.
#pragma once

#include "io/atomic_file.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace aspectdiff::batch {

// Opens (creating) `path` for appending after truncating it to `size` bytes, so that a torn
// tail left by a killed run is cut off before anything new is written. All failures throw
// model::Error (io, W101) naming the file.
class AppendFile {
public:
  AppendFile(std::filesystem::path path, std::uint64_t size);
  ~AppendFile();
  AppendFile(const AppendFile &) = delete;
  AppendFile &operator=(const AppendFile &) = delete;

  void append(std::string_view bytes);                  // buffered
  void sync();                                          // writes the buffer and fdatasyncs the file
  std::uint64_t size() const noexcept { return size_; } // including buffered bytes
  const std::filesystem::path &path() const noexcept { return path_; }

private:
  void flush();
  std::filesystem::path path_;
  int fd_ = -1;
  std::uint64_t size_ = 0;
  std::string buffer_;
};

// The error code of a batch file that cannot be written; whole outputs (summary.csv,
// manifest.json...) are written through io::AtomicOutput with it.
inline constexpr const char *kBatchIoError = "W101";

// The size of a file, 0 when it does not exist.
std::uint64_t file_size_or_zero(const std::filesystem::path &path);
// fsync of a directory, so that renames and creations in it survive a power cut.
void sync_directory(const std::filesystem::path &dir);

} // namespace aspectdiff::batch
