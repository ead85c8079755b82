#include "batch/in_flight.hpp"

#include "batch/durable_file.hpp"
#include "model/error.hpp"

#include <charconv>
#include <fstream>
#include <string>

#include <fcntl.h>
#include <unistd.h>

namespace aspectdiff::batch {

InFlightLog::InFlightLog(std::filesystem::path path) : path_(std::move(path)) {
  {
    std::ifstream in(path_, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      std::uint64_t seq = 0;
      const auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), seq);
      if (ec == std::errc() && end != line.data()) left_over_.insert(seq);
    }
  }
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw model::Error(model::ErrorKind::io, kBatchIoError,
                       path_.string() + ": cannot write the job's in-flight list");
}

InFlightLog::~InFlightLog() {
  if (fd_ >= 0) ::close(fd_);
  std::error_code ec;
  std::filesystem::remove(path_, ec);
}

void InFlightLog::started(std::uint64_t seq, std::string_view id) noexcept {
  std::string line = std::to_string(seq);
  line += ' ';
  line.append(id);
  line += '\n';
  // A short write is only possible on a full disk; the list is then incomplete, which costs
  // nothing unless the run also crashes.
  [[maybe_unused]] const auto written = ::write(fd_, line.data(), line.size());
}

} // namespace aspectdiff::batch
