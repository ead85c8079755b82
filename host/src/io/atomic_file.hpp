// Writing a file so that readers see either the old content or the whole new one, never a part.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace aspectdiff::io {

// Writes every byte of `bytes` to `fd`, retrying after signals. Throws model::Error (io, `code`)
// naming `path` when the write fails.
void write_all(int fd, const std::filesystem::path &path, std::string_view bytes,
               std::string_view code);

// Writes a file through a temporary beside it: nothing appears under `path` until commit(),
// which flushes, fsyncs and renames. Destroyed without commit, the temporary is removed. Every
// failure throws model::Error (io, `code`) naming `path`.
class AtomicOutput {
public:
  explicit AtomicOutput(std::filesystem::path path, std::string code = "W001");
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput &) = delete;
  AtomicOutput &operator=(const AtomicOutput &) = delete;

  void write(std::string_view bytes); // buffered
  void commit();

private:
  std::filesystem::path path_, temp_;
  std::string code_;
  int fd_ = -1;
  std::string buffer_;
};

// Writes `content` to a temporary file beside `path`, flushes it to disk, then renames it over
// `path`. Throws model::Error (io, code W001) naming the file when any step fails; the temporary
// file is removed.
void write_atomically(const std::filesystem::path &path, std::string_view content);

} // namespace aspectdiff::io
