#include "batch/stop_signal.hpp"

#include "plugins/worker_process.hpp"

#include <atomic>
#include <csignal>

namespace aspectdiff::batch {

namespace {

std::atomic<int> received{0};
std::atomic<bool> stop{false};
struct sigaction old_int {
}, old_term{};

extern "C" void on_stop_signal(int sig) {
  received.store(sig);
  stop.store(true);
  // A plugin stuck in a worker process would hold its document, and so the job, forever.
  plugins::interrupt_workers();
}

} // namespace

StopSignals::StopSignals() {
  received.store(0);
  stop.store(false);
  plugins::reset_worker_interrupt();
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, &old_int);
  sigaction(SIGTERM, &action, &old_term);
}

StopSignals::~StopSignals() {
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGTERM, &old_term, nullptr);
}

bool StopSignals::requested() noexcept {
  return stop.load(std::memory_order_relaxed);
}

int StopSignals::signal() noexcept {
  return received.load();
}

void StopSignals::request() noexcept {
  stop.store(true);
  plugins::interrupt_workers();
}

} // namespace aspectdiff::batch
