#include "batch/durable_file.hpp"

#include "model/error.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace aspectdiff::batch {

namespace {

constexpr std::size_t kBufferLimit = 1u << 20;

[[noreturn]] void fail(const std::filesystem::path &path, const char *what, int error) {
  throw model::Error(model::ErrorKind::io, kBatchIoError,
                     path.string() + ": cannot " + what + " (" + std::strerror(error) + ")");
}

} // namespace

AppendFile::AppendFile(std::filesystem::path path, std::uint64_t size) : path_(std::move(path)) {
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) fail(path_, "open for writing", errno);
  if (::ftruncate(fd_, static_cast<off_t>(size)) != 0) {
    const int error = errno;
    ::close(fd_);
    fail(path_, "truncate", error);
  }
  if (::lseek(fd_, static_cast<off_t>(size), SEEK_SET) < 0) {
    const int error = errno;
    ::close(fd_);
    fail(path_, "seek", error);
  }
  size_ = size;
}

AppendFile::~AppendFile() {
  if (fd_ >= 0) {
    try {
      flush();
    } catch (const std::exception &) { // nothing more can be done while unwinding
    }
    ::close(fd_);
  }
}

void AppendFile::append(std::string_view bytes) {
  buffer_.append(bytes);
  size_ += bytes.size();
  if (buffer_.size() >= kBufferLimit) flush();
}

void AppendFile::flush() {
  if (buffer_.empty()) return;
  io::write_all(fd_, path_, buffer_, kBatchIoError);
  buffer_.clear();
}

void AppendFile::sync() {
  flush();
  if (::fdatasync(fd_) != 0) fail(path_, "flush to disk", errno);
}

std::uint64_t file_size_or_zero(const std::filesystem::path &path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : static_cast<std::uint64_t>(size);
}

void sync_directory(const std::filesystem::path &dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return; // best effort: some filesystems refuse to open directories
  ::fsync(fd);
  ::close(fd);
}

} // namespace aspectdiff::batch
