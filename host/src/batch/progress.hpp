// Progress of a batch job on standard error: one line redrawn in place on a terminal
// (done/total, documents per second, ETA, failures), a plain line every `interval` otherwise,
// nothing when quiet.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

namespace aspectdiff::batch {

class Progress {
public:
  enum class Mode { terminal, lines, quiet };

  Progress(Mode mode, std::optional<std::uint64_t> total, std::uint64_t already_done,
           std::chrono::seconds interval = std::chrono::seconds(10));

  // `done` counts every input handled, this run and earlier ones.
  void update(std::uint64_t done, std::uint64_t failures, bool force = false);
  void finish(std::uint64_t done, std::uint64_t failures);

  static Mode detect(bool quiet);

private:
  void print(std::uint64_t done, std::uint64_t failures, bool final_line);

  Mode mode_;
  std::optional<std::uint64_t> total_;
  std::uint64_t start_done_;
  std::chrono::steady_clock::time_point start_, last_;
  std::chrono::milliseconds interval_;
};

} // namespace aspectdiff::batch
