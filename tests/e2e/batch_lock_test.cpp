// One run per batch output directory; what a killed run left is cleaned up; a cache that cannot
// be used is said, not silently skipped; an output that cannot be written has its own exit code.
#include "../support/run_command.hpp"
#include "cli/session.hpp"
#include "model/error.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using aspectdiff::testing::run_aspectdiff;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string &name) {
  const auto dir =
      fs::temp_directory_path() / ("aspectdiff-lock-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string batch_into(const fs::path &out) {
  return "batch -q --no-cache -i samples/essay.txt -o '" + out.string() + "'";
}

} // namespace

TEST_CASE("a second batch run into a busy output directory is refused, naming the first",
          "[e2e][batch]") {
  const auto dir = scratch("busy");
  fs::create_directories(dir / "out/.batch");
  // Hold the lock as a running job would.
  const int fd = ::open((dir / "out/.batch/lock").c_str(), O_RDWR | O_CREAT, 0644);
  REQUIRE(fd >= 0);
  REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
  const std::string holder = "process 4242 on testhost, started 2026-01-01T00:00:00Z\n";
  REQUIRE(::write(fd, holder.data(), holder.size()) == static_cast<ssize_t>(holder.size()));
  const auto refused = run_aspectdiff(batch_into(dir / "out"));
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.err, Catch::Contains("[U107]") && Catch::Contains("process 4242") &&
                              Catch::Contains((dir / "out").string()));
  CHECK_FALSE(fs::exists(dir / "out/manifest.json"));
  ::close(fd); // the first run ends: the directory is free again
  const auto second = run_aspectdiff(batch_into(dir / "out"));
  INFO(second.err);
  CHECK(second.exit_code == 0);
  CHECK(fs::exists(dir / "out/manifest.json"));
  fs::remove_all(dir);
}

TEST_CASE("a run removes the temporaries a killed run left in the output directory",
          "[e2e][batch]") {
  const auto dir = scratch("stale");
  fs::create_directories(dir / "out/.batch");
  std::ofstream(dir / "out/.summary.csv.tmp.999.1") << "torn";
  std::ofstream(dir / "out/.batch/.job.json.tmp.999.2") << "torn";
  const auto r = run_aspectdiff(batch_into(dir / "out"));
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_FALSE(fs::exists(dir / "out/.summary.csv.tmp.999.1"));
  CHECK_FALSE(fs::exists(dir / "out/.batch/.job.json.tmp.999.2"));
  CHECK(fs::exists(dir / "out/summary.csv"));
  fs::remove_all(dir);
}

TEST_CASE("a cache location that is a file is warned about", "[e2e][cache]") {
  const auto dir = scratch("cache");
  std::ofstream(dir / "not-a-folder") << "x";
  const auto r = run_aspectdiff("extract --cache-dir '" + (dir / "not-a-folder").string() +
                                "' samples/essay.txt");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("[W201]") && Catch::Contains("not-a-folder") &&
                        Catch::Contains("not a folder"));
  fs::remove_all(dir);
}

TEST_CASE("an output that cannot be written exits with its own code", "[cli]") {
  using aspectdiff::model::Error;
  using aspectdiff::model::ErrorKind;
  CHECK(aspectdiff::cli::guarded([]() -> int {
          throw Error(ErrorKind::io, "W101", "out/results.jsonl: No space left on device");
        }) == aspectdiff::cli::exit_io);
  CHECK(aspectdiff::cli::exit_io != aspectdiff::cli::exit_failures);
  CHECK(aspectdiff::cli::guarded([]() -> int { throw Error(ErrorKind::input, "I003", "x"); }) ==
        aspectdiff::cli::exit_failures);
}
