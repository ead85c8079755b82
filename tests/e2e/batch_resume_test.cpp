// A batch job killed halfway (SIGKILL: no chance to clean up) or stopped with SIGINT, then run
// again, ends with exactly the outputs of a run that was never interrupted.
#include "../support/run_command.hpp"
#include "batch_corpus.hpp"
#include "batch_process.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using aspectdiff::testing::job_outputs;
using aspectdiff::testing::journal_records;
using aspectdiff::testing::run_aspectdiff;
using aspectdiff::testing::start_batch;

namespace {

std::filesystem::path scratch(const std::string &name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("aspectdiff-batch-resume-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Waits until the job has finished `records` inputs, then sends `sig`; false when the job ended
// first.
bool interrupt_at(pid_t pid, const std::filesystem::path &out, std::size_t records, int sig) {
  // Polled often: a job of a hundred documents takes well under a second on a fast machine.
  for (int i = 0; i < 30000; ++i) {
    if (journal_records(out) >= records) {
      ::kill(pid, sig);
      return true;
    }
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ::kill(pid, SIGKILL);
  return false;
}

int wait_exit(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<std::string> job_args(const std::filesystem::path &dir, const std::string &out) {
  return {"batch",
          "-q",
          "--no-cache",
          "-j",
          "2",
          "-i",
          (dir / "corpus.jsonl").string(),
          "-r",
          std::string(ASPECTDIFF_TEST_SOURCE_DIR) + "/samples/essay.txt",
          "--group-by",
          "source",
          "-o",
          (dir / out).string()};
}

std::string shell_args(const std::vector<std::string> &args) {
  std::string s;
  for (const auto &a : args)
    s += "'" + a + "' ";
  return s;
}

} // namespace

TEST_CASE("a job killed with SIGKILL halfway resumes to the outputs of an uninterrupted run",
          "[e2e][batch][resume]") {
  const auto dir = scratch("kill");
  const std::size_t documents = 120;
  aspectdiff::testing::write_batch_corpus(dir / "corpus.jsonl", documents, true);

  const auto whole = run_aspectdiff(shell_args(job_args(dir, "whole")));
  INFO(whole.err);
  REQUIRE(whole.exit_code == 1); // the corpus has one bad line

  // Kill it twice, at a third and at two thirds, so a resumed run is killed too.
  for (const std::size_t at : {documents / 3, 2 * documents / 3}) {
    const pid_t pid = start_batch(job_args(dir, "killed"), dir / "log");
    REQUIRE(pid > 0);
    REQUIRE(interrupt_at(pid, dir / "killed", at, SIGKILL));
    CHECK(wait_exit(pid) == 128 + SIGKILL);
    CHECK_FALSE(std::filesystem::exists(dir / "killed/manifest.json"));
  }
  const auto resumed = run_aspectdiff(shell_args(job_args(dir, "killed")));
  INFO(resumed.err);
  CHECK(resumed.exit_code == 1);
  const auto a = job_outputs(dir / "whole");
  const auto b = job_outputs(dir / "killed");
  for (std::size_t i = 0; i < a.size(); ++i) {
    INFO(a[i].first);
    CHECK(a[i].second == b[i].second);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("SIGINT stops a job cleanly and says how to resume", "[e2e][batch][resume]") {
  const auto dir = scratch("sigint");
  aspectdiff::testing::write_batch_corpus(dir / "corpus.jsonl", 60, false);
  auto args = job_args(dir, "out");
  args.erase(args.begin() + 1); // not quiet: the resume hint is printed
  const pid_t pid = start_batch(args, dir / "log");
  REQUIRE(pid > 0);
  REQUIRE(interrupt_at(pid, dir / "out", 10, SIGINT));
  CHECK(wait_exit(pid) == 130);
  const auto log = aspectdiff::testing::slurp(dir / "log");
  CHECK_THAT(log, Catch::Contains("To resume, run the same command again"));
  CHECK_THAT(log, Catch::Contains("batch"));
  const auto resumed = run_aspectdiff(shell_args(args));
  INFO(resumed.err);
  CHECK(resumed.exit_code == 0);
  CHECK_THAT(resumed.err, Catch::Contains("resuming after"));
  CHECK(std::filesystem::exists(dir / "out/manifest.json"));
  std::filesystem::remove_all(dir);
}
