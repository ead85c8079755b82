// One supervised worker process: the `aspectdiff-plugin-worker` executable, started with
// fork/exec, that loads one plugin and answers requests over a socket pair. The host only ever
// waits for it with a deadline, so a worker that crashes or hangs costs one request, never the
// host.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <sys/types.h>

namespace aspectdiff::plugins {

// The worker executable beside the running one; empty when it is missing.
std::filesystem::path worker_executable();

// Asks every wait on a worker to give up at once (async-signal-safe: a SIGINT/SIGTERM handler
// calls it), so a run can end while a plugin is stuck. reset_worker_interrupt() clears it.
void interrupt_workers() noexcept;
void reset_worker_interrupt() noexcept;
bool workers_interrupted() noexcept;

class WorkerProcess {
public:
  // Starts the worker for the plugin at `plugin_file`. Returns nullptr with the reason in
  // `error` when the process cannot be started.
  static std::unique_ptr<WorkerProcess> start(const std::filesystem::path &plugin_file,
                                              std::string &error);
  ~WorkerProcess(); // kills the process if it still runs, and reaps it
  WorkerProcess(const WorkerProcess &) = delete;
  WorkerProcess &operator=(const WorkerProcess &) = delete;

  struct Outcome {
    enum class Kind { reply, died, timed_out, interrupted };
    Kind kind = Kind::reply;
    std::string reply;    // the reply's payload when kind == reply
    int signal = 0;       // died: the signal that ended it (0 when it exited)
    int exit_status = -1; // died: its exit status when it exited
  };

  // Sends one request and waits for its reply, at most `limit` (zero: no limit). After any
  // outcome other than `reply` the process is gone and this object must be discarded.
  Outcome call(std::string_view request, std::chrono::milliseconds limit);

  pid_t pid() const noexcept { return pid_; }

private:
  WorkerProcess(pid_t pid, int fd) : pid_(pid), fd_(fd) {}
  void reap(Outcome &outcome, bool kill_first);

  pid_t pid_ = -1;
  int fd_ = -1;
};

} // namespace aspectdiff::plugins
