#include "io/atomic_file.hpp"

#include "model/error.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <unistd.h>

namespace aspectdiff::io {

namespace {

[[noreturn]] void fail(const std::filesystem::path &path, const char *what, int error) {
  throw model::Error(model::ErrorKind::io, "W001",
                     path.string() + ": cannot " + what + " (" + std::strerror(error) + ")");
}

} // namespace

void write_atomically(const std::filesystem::path &path, std::string_view content) {
  static std::atomic<unsigned> counter{0};
  const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  const auto temp = dir / ("." + path.filename().string() + ".tmp." + std::to_string(::getpid()) +
                           "." + std::to_string(counter.fetch_add(1)));
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) fail(path, "create a temporary file beside it", errno);
  const char *p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      fail(path, "write", error);
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int error = errno;
    ::unlink(temp.c_str());
    fail(path, "flush", error);
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp.c_str());
    fail(path, "replace", error);
  }
}

} // namespace aspectdiff::io
