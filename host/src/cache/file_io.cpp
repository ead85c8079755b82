#include "cache/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <functional>
#include <thread>

namespace aspectdiff::cache {

namespace {

// Closes a descriptor on every path out of a function.
class Descriptor {
public:
  explicit Descriptor(int fd) noexcept : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor &) = delete;
  Descriptor &operator=(const Descriptor &) = delete;
  int get() const noexcept { return fd_; }
  // Closes now and reports whether the close succeeded (a write error can surface only here).
  bool close() noexcept {
    const int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0;
  }

private:
  int fd_;
};

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

std::string temp_name(std::string_view prefix, std::string_view suffix) {
  static std::atomic<std::uint64_t> counter{0};
  std::string name(prefix);
  name += '.' + std::to_string(::getpid());
  name += '.' + std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id()));
  name += '.' + std::to_string(counter.fetch_add(1, std::memory_order_relaxed));
  name += suffix;
  return name;
}

} // namespace

std::optional<std::string> read_file(const std::filesystem::path &path, std::uintmax_t max_bytes) {
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return std::nullopt;
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_size < 0 ||
      static_cast<std::uintmax_t>(info.st_size) > max_bytes)
    return std::nullopt;

  std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t filled = 0;
  while (filled < bytes.size()) {
    const ssize_t n = ::read(fd.get(), bytes.data() + filled, bytes.size() - filled);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    if (n == 0) break; // shrank since fstat: what was read is checked like any other bytes
    filled += static_cast<std::size_t>(n);
  }
  bytes.resize(filled);
  return bytes;
}

bool write_file_atomically(const std::filesystem::path &path, std::string_view temp_prefix,
                           std::string_view temp_suffix, std::string_view bytes) {
  const std::filesystem::path temp = path.parent_path() / temp_name(temp_prefix, temp_suffix);
  Descriptor fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
  if (fd.get() < 0) return false;
  const bool written = write_all(fd.get(), bytes) && fd.close();
  if (!written || std::rename(temp.c_str(), path.c_str()) != 0) {
    ::unlink(temp.c_str());
    return false;
  }
  return true;
}

} // namespace aspectdiff::cache
