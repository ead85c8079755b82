// One batch run per output directory: an exclusive lock on OUTPUT/.batch/lock, held for the
// run's lifetime and released by the system however the run ends (even kill -9), so there is no
// stale lock to clear by hand. The file names the holder, for the message a second run gets.
#pragma once

#include <filesystem>

namespace aspectdiff::batch {

class OutputLock {
public:
  // Takes the lock, or throws model::Error (usage, U107) naming the directory and the run that
  // holds it (process id, host, start time).
  explicit OutputLock(const std::filesystem::path &state_dir);
  ~OutputLock();
  OutputLock(const OutputLock &) = delete;
  OutputLock &operator=(const OutputLock &) = delete;

private:
  int fd_ = -1;
};

// Removes the temporaries ("." NAME ".tmp." ...) an atomic write left in `dir` when a run was
// killed between writing and renaming. Only safe while holding the directory's OutputLock.
void remove_stale_temporaries(const std::filesystem::path &dir);

} // namespace aspectdiff::batch
