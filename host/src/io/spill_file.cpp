#include "io/spill_file.hpp"

#include "io/atomic_file.hpp"
#include "model/error.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace aspectdiff::io {

namespace {

constexpr std::size_t piece = 1 << 20;

[[noreturn]] void fail(const std::string &path, const std::string &what) {
  throw model::Error(model::ErrorKind::io, "W001",
                     "cannot " + what + " the temporary file " + path + ": " +
                         std::strerror(errno));
}

} // namespace

SpillFile::SpillFile() {
  const char *dir = std::getenv("TMPDIR");
  path_ = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/aspectdiff-XXXXXX";
  std::vector<char> name(path_.begin(), path_.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) fail(path_, "create");
  path_ = name.data();
  ::unlink(name.data());
}

SpillFile::~SpillFile() {
  if (fd_ >= 0) ::close(fd_);
}

void SpillFile::write(std::string_view bytes) {
  buffer_.append(bytes);
  written_ += bytes.size();
  if (buffer_.size() >= piece) flush();
}

void SpillFile::flush() {
  write_all(fd_, path_, buffer_, "W001");
  buffer_.clear();
}

void SpillFile::replay(const std::function<void(std::string_view)> &sink) {
  flush();
  std::string chunk(piece, '\0');
  for (off_t at = 0;;) {
    const ssize_t n = ::pread(fd_, chunk.data(), chunk.size(), at);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(path_, "read");
    if (n == 0) return;
    sink(std::string_view(chunk.data(), static_cast<std::size_t>(n)));
    at += n;
  }
}

} // namespace aspectdiff::io
