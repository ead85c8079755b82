#include "io/atomic_file.hpp"

#include "model/error.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace aspectdiff::io {

namespace {

// Bytes gathered before a write(2): output is made of many small pieces (CSV cells, lines).
constexpr std::size_t kBufferLimit = 1u << 20;

[[noreturn]] void fail(const std::filesystem::path &path, std::string_view code, const char *what,
                       int error) {
  throw model::Error(model::ErrorKind::io, std::string(code),
                     path.string() + ": cannot " + what + " (" + std::strerror(error) + ")");
}

} // namespace

void write_all(int fd, const std::filesystem::path &path, std::string_view bytes,
               std::string_view code) {
  const char *p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(path, code, "write", errno);
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

AtomicOutput::AtomicOutput(std::filesystem::path path, std::string code)
    : path_(std::move(path)), code_(std::move(code)) {
  // Unique within the process too, so that two writers of one path never share a temporary.
  static std::atomic<unsigned> counter{0};
  const auto dir = path_.has_parent_path() ? path_.parent_path() : std::filesystem::path(".");
  temp_ = dir / ("." + path_.filename().string() + ".tmp." + std::to_string(::getpid()) + "." +
                 std::to_string(counter.fetch_add(1)));
  fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd_ < 0) fail(path_, code_, "create a temporary file beside it", errno);
}

AtomicOutput::~AtomicOutput() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(temp_.c_str());
  }
}

void AtomicOutput::write(std::string_view bytes) {
  if (buffer_.size() + bytes.size() < kBufferLimit) {
    buffer_.append(bytes);
    return;
  }
  // A large piece (a whole report) goes out as it is rather than through the buffer.
  write_all(fd_, path_, buffer_, code_);
  buffer_.clear();
  write_all(fd_, path_, bytes, code_);
}

void AtomicOutput::commit() {
  write_all(fd_, path_, buffer_, code_);
  buffer_.clear();
  if (::fsync(fd_) != 0) fail(path_, code_, "flush to disk", errno);
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(temp_.c_str());
    fail(path_, code_, "close", error);
  }
  if (::rename(temp_.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp_.c_str());
    fail(path_, code_, "replace", error);
  }
}

void write_atomically(const std::filesystem::path &path, std::string_view content) {
  AtomicOutput out(path);
  out.write(content);
  out.commit();
}

} // namespace aspectdiff::io
