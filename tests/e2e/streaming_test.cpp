// `extract --format json|jsonl` streams: results come out in input order whatever the number of
// threads, identical to a one-thread run, and memory does not grow with the input.
#include "../support/run_command.hpp"
#include "batch_corpus.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace aspectdiff::testing;
namespace fs = std::filesystem;

namespace {

fs::path scratch_dir(const std::string &name) {
  const auto dir =
      fs::temp_directory_path() / ("aspectdiff-streaming-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir / name;
}

std::vector<std::string> ids_of_lines(const std::string &out) {
  std::istringstream lines(out);
  std::vector<std::string> ids;
  for (std::string line; std::getline(lines, line);) {
    const auto j = nlohmann::json::parse(line);
    if (j.at("kind") == "document") ids.push_back(j.at("id"));
  }
  return ids;
}

// Peak resident memory of `command` (run by /bin/sh, which execs it), in KiB; -1 when it failed.
long peak_rss_kib(const std::string &command) {
  const std::string line = "cd '" + std::string(ASPECTDIFF_TEST_SOURCE_DIR) + "' && exec " +
                           command + " >/dev/null 2>&1";
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::execl("/bin/sh", "sh", "-c", line.c_str(), static_cast<char *>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  rusage usage{};
  if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid) return -1;
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? usage.ru_maxrss : -1;
}

// Peak resident memory of `command` over a generated corpus of `small` documents and of `large`
// ones, in KiB: {small, large}.
std::pair<long, long> peak_rss_small_large(const std::string &command, int small, int large) {
  const auto small_corpus = scratch_dir("rss-small.jsonl");
  const auto large_corpus = scratch_dir("rss-large.jsonl");
  write_batch_corpus(small_corpus, small, false);
  write_batch_corpus(large_corpus, large, false);
  const long small_kib = peak_rss_kib(command + " '" + small_corpus.string() + "'");
  const long large_kib = peak_rss_kib(command + " '" + large_corpus.string() + "'");
  fs::remove_all(small_corpus.parent_path());
  return {small_kib, large_kib};
}

} // namespace

TEST_CASE("extract streams results in input order on several threads", "[e2e][streaming]") {
  const auto corpus = scratch_dir("ordered.jsonl");
  write_batch_corpus(corpus, 48, false);
  std::vector<std::string> expected;
  for (int i = 0; i < 48; ++i)
    expected.push_back("art-" + std::to_string(i));

  const auto one =
      run_aspectdiff("extract --no-cache --jobs 1 --format jsonl '" + corpus.string() + "'");
  INFO(one.err);
  REQUIRE(one.exit_code == 0);
  CHECK(ids_of_lines(one.out) == expected);
  for (const char *jobs : {"2", "4", "7"}) {
    INFO("jobs " << jobs);
    const auto many = run_aspectdiff("extract --no-cache --jobs " + std::string(jobs) +
                                     " --format jsonl '" + corpus.string() + "'");
    REQUIRE(many.exit_code == 0);
    CHECK(ids_of_lines(many.out) == expected);
    CHECK(many.out == one.out); // the same bytes: nothing depends on which thread ran what
  }

  // One JSON document, streamed the same way, parses whole and keeps the order.
  const auto json =
      run_aspectdiff("extract --no-cache --jobs 3 --format json '" + corpus.string() + "'");
  REQUIRE(json.exit_code == 0);
  const auto j = nlohmann::json::parse(json.out);
  REQUIRE(j.at("documents").size() == 48);
  for (std::size_t i = 0; i < 48; ++i)
    CHECK(j["documents"][i].at("id") == expected[i]);
  CHECK(j.at("plugins").size() >= 1);
  fs::remove_all(corpus.parent_path());
}

TEST_CASE("a streamed run reports unreadable input and writes the rest", "[e2e][streaming]") {
  const auto corpus = scratch_dir("with-bad-line.jsonl");
  write_batch_corpus(corpus, 12, true);
  const auto out_file = scratch_dir("out.jsonl");
  const auto r = run_aspectdiff("extract --no-cache --jobs 3 --format jsonl -o '" +
                                out_file.string() + "' '" + corpus.string() + "'");
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains(corpus.filename().string()));
  std::istringstream lines(read_file(out_file));
  std::size_t documents = 0, errors = 0;
  for (std::string line; std::getline(lines, line);) {
    const auto j = nlohmann::json::parse(line);
    (j.at("kind") == "document" ? documents : errors) += 1;
  }
  CHECK(documents == 12);
  CHECK(errors == 1);
  fs::remove_all(corpus.parent_path());
}

TEST_CASE("with --evidence-text each span carries its text beside its offsets",
          "[e2e][streaming]") {
  const auto plain = run_aspectdiff("extract --no-cache --format jsonl samples/essay.txt");
  const auto quoted =
      run_aspectdiff("extract --no-cache --format jsonl --evidence-text samples/essay.txt");
  REQUIRE(plain.exit_code == 0);
  REQUIRE(quoted.exit_code == 0);
  const auto p = nlohmann::json::parse(plain.out);
  const auto q = nlohmann::json::parse(quoted.out);
  const std::string text = read_file(fs::path(ASPECTDIFF_TEST_SOURCE_DIR) / "samples/essay.txt");
  std::size_t spans = 0;
  for (const auto &[aspect, result] : q.at("aspects").items())
    for (std::size_t i = 0; i < result.at("items").size(); ++i) {
      const auto &with = result["items"][i].at("evidence");
      const auto &without = p["aspects"][aspect]["items"][i].at("evidence");
      REQUIRE(with.size() == without.size());
      for (std::size_t k = 0; k < with.size(); ++k) {
        REQUIRE(with[k].size() == 3);
        REQUIRE(without[k].size() == 2);
        CHECK(with[k][0] == without[k][0]);
        CHECK(with[k][1] == without[k][1]);
        const std::size_t begin = with[k][0], end = with[k][1];
        const std::string quote = with[k][2];
        // A short span on one line is quoted as it is.
        const std::string bytes = text.substr(begin, end - begin);
        if (bytes.size() < 80 && bytes.find_first_of("\n ") == std::string::npos)
          CHECK(quote == bytes);
        ++spans;
      }
    }
  CHECK(spans > 20);
  CHECK(quoted.out.size() > plain.out.size());
}

TEST_CASE("extract's memory does not grow with its input", "[e2e][streaming]") {
  // Five times the documents: a run that held every result would need several times the
  // memory (about 130 MB more per MB of input before streaming); a streamed one stays level.
  const auto [small_kib, large_kib] =
      peak_rss_small_large("'" + std::string(ASPECTDIFF_TEST_BINARY) +
                               "' extract --no-cache --quiet --jobs 2 --format jsonl",
                           150, 750);
  REQUIRE(small_kib > 0);
  REQUIRE(large_kib > 0);
  INFO("peak RSS: " << small_kib / 1024 << " MiB for 150 documents, " << large_kib / 1024
                    << " MiB for 750");
  CHECK(large_kib < small_kib + 24 * 1024);
}

TEST_CASE("compare streams: the same JSON on any number of threads, in input order",
          "[e2e][streaming]") {
  const auto corpus = scratch_dir("compare.jsonl");
  write_batch_corpus(corpus, 24, false);
  const std::string args = " --format json samples/essay.txt '" + corpus.string() + "'";
  const auto one = run_aspectdiff("compare --no-cache --jobs 1" + args);
  INFO(one.err);
  REQUIRE(one.exit_code == 0);
  const auto three = run_aspectdiff("compare --no-cache --jobs 3" + args);
  REQUIRE(three.exit_code == 0);
  CHECK(three.out == one.out); // nothing depends on which thread ran what

  const auto j = nlohmann::json::parse(one.out);
  CHECK(j.at("reference") == "samples/essay.txt");
  REQUIRE(j.at("documents").size() == 25);
  REQUIRE(j.at("comparisons").size() == 24);
  REQUIRE(j.at("ranking").size() == 24);
  for (std::size_t i = 0; i < 24; ++i) {
    const std::string id = "art-" + std::to_string(i);
    CHECK(j["documents"][i + 1].at("id") == id);
    CHECK(j["comparisons"][i].at("a") == "samples/essay.txt");
    CHECK(j["comparisons"][i].at("b") == id);
    CHECK(j["comparisons"][i].at("aspects").size() >= 4);
  }
  fs::remove_all(corpus.parent_path());
}

TEST_CASE("compare's memory does not grow with the documents compared", "[e2e][streaming]") {
  const auto [small_kib, large_kib] = peak_rss_small_large(
      "'" + std::string(ASPECTDIFF_TEST_BINARY) +
          "' compare --no-cache --quiet --jobs 2 --format json samples/essay.txt",
      100, 500);
  REQUIRE(small_kib > 0);
  REQUIRE(large_kib > 0);
  INFO("peak RSS: " << small_kib / 1024 << " MiB for 100 documents, " << large_kib / 1024
                    << " MiB for 500");
  // Holding every result and comparison took about 1.5 MB per document.
  CHECK(large_kib < small_kib + 24 * 1024);
}
