#include "plugins/worker_process.hpp"

#include "plugins/discovery.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace aspectdiff::plugins {

namespace {

std::atomic<bool> interrupt_flag{false};

// How often a wait looks at the interrupt flag: the bound on how long a stop takes to reach a
// worker that never answers.
constexpr auto poll_slice = std::chrono::milliseconds(50);

// A pipe whose write end only this process holds. Every worker watches the read end: when the
// host dies, however it dies, the pipe reports end-of-file and the worker exits, so no worker
// (even one stuck in a plugin loop) outlives its host.
int lifeline_read_end() {
  static int read_end = -1;
  static std::once_flag once;
  std::call_once(once, [] {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) == 0) read_end = fds[0]; // the write end stays open until exit
  });
  return read_end;
}

using Clock = std::chrono::steady_clock;

// Milliseconds to wait in the next poll: a slice, or less when the deadline is nearer.
int next_wait(std::optional<Clock::time_point> deadline) {
  auto wait = poll_slice;
  if (deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - Clock::now());
    wait = std::clamp(left, std::chrono::milliseconds(0), poll_slice);
  }
  return static_cast<int>(wait.count());
}

enum class Wait { ready, closed, timed_out, interrupted };

// Waits until `fd` is ready for `events`, the deadline passes or a stop is requested.
Wait wait_for(int fd, short events, std::optional<Clock::time_point> deadline) {
  for (;;) {
    if (workers_interrupted()) return Wait::interrupted;
    if (deadline && Clock::now() >= *deadline) return Wait::timed_out;
    pollfd p{fd, events, 0};
    const int n = ::poll(&p, 1, next_wait(deadline));
    if (n < 0 && errno != EINTR) return Wait::closed;
    if (n > 0) {
      if ((p.revents & events) != 0) return Wait::ready;
      if ((p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0) return Wait::closed;
    }
  }
}

} // namespace

void interrupt_workers() noexcept {
  interrupt_flag.store(true, std::memory_order_relaxed);
}
void reset_worker_interrupt() noexcept {
  interrupt_flag.store(false, std::memory_order_relaxed);
}
bool workers_interrupted() noexcept {
  return interrupt_flag.load(std::memory_order_relaxed);
}

std::filesystem::path worker_executable() {
  const auto dir = executable_dir();
  if (dir.empty()) return {};
  auto path = dir / "aspectdiff-plugin-worker";
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) ? path : std::filesystem::path();
}

std::unique_ptr<WorkerProcess> WorkerProcess::start(const std::filesystem::path &plugin_file,
                                                    std::string &error) {
  const auto exe = worker_executable();
  if (exe.empty()) {
    error = "the worker executable aspectdiff-plugin-worker is not installed beside aspectdiff";
    return nullptr;
  }
  const int lifeline = lifeline_read_end();
  int sv[2];
  if (lifeline < 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
    error = "cannot create the worker's socket";
    return nullptr;
  }
  const int devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  // Everything the child needs is prepared before fork: between fork and exec a child of a
  // threaded process may only make async-signal-safe calls.
  const std::string exe_text = exe.string();
  const std::string plugin_text = plugin_file.string();
  char *const argv[] = {const_cast<char *>(exe_text.c_str()),
                        const_cast<char *>(plugin_text.c_str()), nullptr};
  const pid_t pid = ::fork();
  if (pid == 0) {
    // Its own process group: a Ctrl-C at the terminal reaches the host, which decides.
    ::setpgid(0, 0);
    const int sock = ::fcntl(sv[1], F_DUPFD, 10);
    const int life = ::fcntl(lifeline, F_DUPFD, 10);
    const int in = devnull >= 0 ? ::fcntl(devnull, F_DUPFD, 10) : -1;
    if (sock < 0 || life < 0 || ::dup2(sock, 3) < 0 || ::dup2(life, 4) < 0) ::_exit(127);
    if (in >= 0) ::dup2(in, 0);
    ::dup2(2, 1); // whatever a plugin prints goes to standard error, never into the output
    ::close(sock);
    ::close(life);
    if (in >= 0) ::close(in);
    ::execv(exe_text.c_str(), argv);
    ::_exit(127);
  }
  ::close(sv[1]);
  if (devnull >= 0) ::close(devnull);
  if (pid < 0) {
    ::close(sv[0]);
    error = "cannot start a process (fork failed)";
    return nullptr;
  }
  ::fcntl(sv[0], F_SETFL, ::fcntl(sv[0], F_GETFL) | O_NONBLOCK);
  return std::unique_ptr<WorkerProcess>(new WorkerProcess(pid, sv[0]));
}

WorkerProcess::~WorkerProcess() {
  if (pid_ > 0) {
    Outcome ignored;
    reap(ignored, true);
  }
}

void WorkerProcess::reap(Outcome &outcome, bool kill_first) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (pid_ <= 0) return;
  if (kill_first) ::kill(pid_, SIGKILL);
  int status = 0;
  // A worker that closed its socket is normally dead already; one that closed it and carried on
  // gets a second to finish, then is killed.
  const auto give_up = Clock::now() + std::chrono::seconds(1);
  pid_t done = 0;
  while ((done = ::waitpid(pid_, &status, WNOHANG)) == 0 && Clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  if (done == 0) {
    ::kill(pid_, SIGKILL);
    done = ::waitpid(pid_, &status, 0);
  }
  if (done == pid_) {
    if (WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
    if (WIFEXITED(status)) outcome.exit_status = WEXITSTATUS(status);
  }
  pid_ = -1;
}

WorkerProcess::Outcome WorkerProcess::call(std::string_view request,
                                           std::chrono::milliseconds limit) {
  Outcome outcome;
  std::optional<Clock::time_point> deadline;
  if (limit.count() > 0) deadline = Clock::now() + limit;
  const auto fail = [&](Wait why) {
    outcome.kind = why == Wait::timed_out     ? Outcome::Kind::timed_out
                   : why == Wait::interrupted ? Outcome::Kind::interrupted
                                              : Outcome::Kind::died;
    reap(outcome, outcome.kind != Outcome::Kind::died);
    return outcome;
  };
  if (pid_ <= 0) return fail(Wait::closed);

  // The frame: a 32-bit little-endian length, then the payload.
  std::string frame(4, '\0');
  const auto size = static_cast<std::uint32_t>(request.size());
  for (int i = 0; i < 4; ++i)
    frame[static_cast<std::size_t>(i)] = static_cast<char>((size >> (8 * i)) & 0xFF);
  frame.append(request);
  for (std::size_t sent = 0; sent < frame.size();) {
    if (const auto w = wait_for(fd_, POLLOUT, deadline); w != Wait::ready) return fail(w);
    const auto n = ::send(fd_, frame.data() + sent, frame.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno != EAGAIN && errno != EINTR) return fail(Wait::closed);
    if (n > 0) sent += static_cast<std::size_t>(n);
  }

  std::string header;
  std::size_t expected = 4;
  std::string &body = outcome.reply;
  std::string *into = &header;
  char buffer[65536];
  while (into->size() < expected) {
    if (const auto w = wait_for(fd_, POLLIN, deadline); w != Wait::ready) return fail(w);
    const auto want = std::min(sizeof buffer, expected - into->size());
    const auto n = ::recv(fd_, buffer, want, 0);
    if (n == 0) return fail(Wait::closed);
    if (n < 0) {
      if (errno == EAGAIN || errno == EINTR) continue;
      return fail(Wait::closed);
    }
    into->append(buffer, static_cast<std::size_t>(n));
    if (into == &header && header.size() == 4) {
      expected = 0;
      for (int i = 3; i >= 0; --i)
        expected =
            (expected << 8) | static_cast<unsigned char>(header[static_cast<std::size_t>(i)]);
      into = &body;
      body.reserve(expected);
    }
  }
  outcome.kind = Outcome::Kind::reply;
  return outcome;
}

} // namespace aspectdiff::plugins
