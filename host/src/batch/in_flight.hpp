// OUTPUT/.batch/in-flight: one line "<seq> <id>" for each document as an analysis worker takes
// it, written before any plugin sees it. The job's journal says what was finished; this file
// says what was being analysed when a run died. A run that ends in any orderly way (finished,
// stopped by a signal, failed with an error) removes it, so a file found at start-up means the
// previous run was killed or crashed, and its unfinished documents are suspects: the resumed run
// analyses them with every plugin isolated, so that a plugin that crashes the host on one of
// them becomes a coded failure in errors.jsonl instead of crashing the job again.
#pragma once

#include <cstdint>
#include <filesystem>
#include <set>
#include <string_view>

namespace aspectdiff::batch {

class InFlightLog {
public:
  // Reads what a previous run left, then starts the file empty. Throws model::Error (io, W101)
  // when it cannot be written.
  explicit InFlightLog(std::filesystem::path path);
  ~InFlightLog();
  InFlightLog(const InFlightLog &) = delete;
  InFlightLog &operator=(const InFlightLog &) = delete;

  // Input positions of the documents being analysed when the previous run died.
  const std::set<std::uint64_t> &left_over() const noexcept { return left_over_; }

  // Notes that a worker starts on a document. Safe from any thread: each line is one write to a
  // file opened for appending. Reaches the page cache at once, which survives a crash of this
  // process; no sync, since only a power cut could lose it and a power cut loses the run anyway.
  void started(std::uint64_t seq, std::string_view id) noexcept;

private:
  std::filesystem::path path_;
  int fd_ = -1;
  std::set<std::uint64_t> left_over_;
};

} // namespace aspectdiff::batch
