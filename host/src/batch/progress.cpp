#include "batch/progress.hpp"

#include <cstdio>
#include <string>

#include <unistd.h>

namespace aspectdiff::batch {

namespace {

std::string clock_text(double seconds) {
  if (!(seconds >= 0) || seconds > 359999) return "--:--:--";
  const auto s = static_cast<unsigned long>(seconds);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lu:%02lu:%02lu", s / 3600, s / 60 % 60, s % 60);
  return buf;
}

} // namespace

Progress::Progress(Mode mode, std::optional<std::uint64_t> total, std::uint64_t already_done,
                   std::chrono::seconds interval)
    : mode_(mode), total_(total), start_done_(already_done),
      start_(std::chrono::steady_clock::now()), last_(start_),
      interval_(mode == Mode::terminal ? std::chrono::milliseconds(500)
                                       : std::chrono::milliseconds(interval)) {}

Progress::Mode Progress::detect(bool quiet) {
  if (quiet) return Mode::quiet;
  return ::isatty(STDERR_FILENO) != 0 ? Mode::terminal : Mode::lines;
}

void Progress::update(std::uint64_t done, std::uint64_t failures, bool force) {
  if (mode_ == Mode::quiet) return;
  const auto now = std::chrono::steady_clock::now();
  if (!force && now - last_ < interval_) return;
  last_ = now;
  print(done, failures, false);
}

void Progress::finish(std::uint64_t done, std::uint64_t failures) {
  if (mode_ == Mode::quiet) return;
  print(done, failures, true);
}

void Progress::print(std::uint64_t done, std::uint64_t failures, bool final_line) {
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done - start_done_) / elapsed : 0.0;
  std::string total = "?";
  std::string eta = "--:--:--";
  if (total_) {
    total = std::to_string(*total_);
    if (rate > 0 && *total_ >= done) eta = clock_text(static_cast<double>(*total_ - done) / rate);
  }
  char line[256];
  std::snprintf(line, sizeof line, "%llu/%s documents  %.1f docs/s  ETA %s  %llu failed",
                static_cast<unsigned long long>(done), total.c_str(), rate, eta.c_str(),
                static_cast<unsigned long long>(failures));
  if (mode_ == Mode::terminal)
    std::fprintf(stderr, "\r\033[K%s%s", line, final_line ? "\n" : "");
  else
    std::fprintf(stderr, "aspectdiff: batch: %s\n", line);
  std::fflush(stderr);
}

} // namespace aspectdiff::batch
