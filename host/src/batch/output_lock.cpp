#include "batch/output_lock.hpp"

#include "batch/durable_file.hpp"
#include "model/error.hpp"

#include <ctime>
#include <string>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace aspectdiff::batch {

namespace {

std::string read_holder(int fd) {
  std::string text(512, '\0');
  const auto n = ::pread(fd, text.data(), text.size(), 0);
  text.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\0'))
    text.pop_back();
  return text.empty() ? "another run" : text;
}

std::string describe_self() {
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&now, &tm);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return "process " + std::to_string(::getpid()) + " on " + host + ", started " + when + "\n";
}

} // namespace

OutputLock::OutputLock(const std::filesystem::path &state_dir) {
  const auto path = state_dir / "lock";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw model::Error(model::ErrorKind::io, kBatchIoError,
                       path.string() + ": cannot create the output directory's lock file");
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const std::string holder = read_holder(fd_);
    ::close(fd_);
    fd_ = -1;
    throw model::Error(model::ErrorKind::usage, "U107",
                       state_dir.parent_path().string() + " is in use by another batch run (" +
                           holder +
                           "); wait for it to end, or give this run another output directory");
  }
  const std::string me = describe_self();
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] const auto written = ::pwrite(fd_, me.data(), me.size(), 0);
  }
}

OutputLock::~OutputLock() {
  if (fd_ >= 0) ::close(fd_); // closing releases the lock
}

void remove_stale_temporaries(const std::filesystem::path &dir) {
  std::error_code ec;
  for (const auto &entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(".") && name.find(".tmp.") != std::string::npos &&
        entry.is_regular_file(ec))
      std::filesystem::remove(entry.path(), ec);
  }
}

} // namespace aspectdiff::batch
