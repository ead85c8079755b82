// SIGINT and SIGTERM ask a running batch job to stop: the reader stops taking inputs, the
// documents already being analysed are finished and written, and the job says how to resume. A
// document whose isolated plugin is stopped mid-way is not written: the resumed job redoes it.
#pragma once

namespace aspectdiff::batch {

// Installs the handlers for the lifetime of the object and restores the old ones after.
class StopSignals {
public:
  StopSignals();
  ~StopSignals();
  StopSignals(const StopSignals &) = delete;
  StopSignals &operator=(const StopSignals &) = delete;

  static bool requested() noexcept;
  static int signal() noexcept;   // the signal received, 0 if none
  static void request() noexcept; // as if a signal came (tests, errors elsewhere)
};

} // namespace aspectdiff::batch
