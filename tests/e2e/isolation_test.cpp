// Plugins that crash or hang on one document, run beside the first-party plugins: every other
// aspect of every document is kept, the bad ones are coded failures naming the plugin, the exit
// code is 1, and a stop signal ends a job stuck in a plugin at once.
#include "../support/run_command.hpp"
#include "batch_corpus.hpp"
#include "batch_process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <thread>

#include <sys/wait.h>

using aspectdiff::testing::journal_records;
using aspectdiff::testing::run_aspectdiff;
using aspectdiff::testing::start_batch;
using nlohmann::json;

namespace {

// Beside the other fixtures, in a folder of their own (tests/abi/fixtures/CMakeLists.txt).
const std::string unstable_fixtures = std::string(ASPECTDIFF_TEST_FIXTURE_DIR) + "-unstable";

const std::vector<std::string> first_party{"sentiment", "actors", "themes", "hedging", "style"};

std::filesystem::path scratch(const std::string &name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("aspectdiff-isolation-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Three articles: "calm", then one that crashes the `crashes` fixture, then one on which the
// `hangs` fixture never returns.
void write_documents(const std::filesystem::path &dir) {
  const auto paragraphs = aspectdiff::testing::sample_paragraphs();
  REQUIRE(paragraphs.size() >= 3);
  const std::pair<const char *, std::string> docs[] = {
      {"calm.txt", paragraphs[0]},
      {"crash.txt", paragraphs[1] + " plugin-crash-trigger"},
      {"hang.txt", paragraphs[2] + " plugin-hang-trigger"}};
  for (const auto &[name, text] : docs) {
    std::ofstream out(dir / name, std::ios::binary);
    out << text << '\n';
  }
}

// --plugin-dir takes several values, so an option must follow it before the documents.
std::string unstable_dir() {
  return " --plugin-dir '" + unstable_fixtures + "' -q ";
}

std::string docs(const std::filesystem::path &dir) {
  return "'" + (dir / "calm.txt").string() + "' '" + (dir / "crash.txt").string() + "' '" +
         (dir / "hang.txt").string() + "'";
}

const json &aspect(const json &document, const std::string &name) {
  return document.at("aspects").at(name);
}

// Every first-party aspect is ok; the fixtures fail exactly where they were made to.
void check_documents(const json &documents) {
  REQUIRE(documents.size() >= 2);
  for (const auto &d : documents) {
    const std::string id = d.at("id");
    INFO(id);
    for (const auto &name : first_party)
      CHECK(aspect(d, name).at("status") != "failed");
    const bool crash = id.ends_with("crash.txt"), hang = id.ends_with("hang.txt");
    CHECK((aspect(d, "crashes").at("status") == "failed") == crash);
    CHECK((aspect(d, "hangs").at("status") == "failed") == hang);
    if (crash) {
      const std::string error = aspect(d, "crashes").at("error");
      CHECK_THAT(error, Catch::StartsWith("[P040] plugin 'crashes' crashed while analysing"));
      CHECK_THAT(error, Catch::Contains("crash.txt") && Catch::Contains("SIGSEGV"));
    }
    if (hang) {
      const std::string error = aspect(d, "hangs").at("error");
      CHECK_THAT(error, Catch::StartsWith("[P041] plugin 'hangs' did not finish analysing"));
      CHECK_THAT(error, Catch::Contains("hang.txt") && Catch::Contains("within 2 s"));
    }
  }
}

std::vector<json> json_lines(const std::filesystem::path &file) {
  std::ifstream in(file);
  std::vector<json> out;
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(json::parse(line));
  return out;
}

} // namespace

TEST_CASE("extract keeps every other aspect when a plugin crashes or hangs", "[e2e][isolation]") {
  const auto dir = scratch("extract");
  write_documents(dir);
  const auto r = run_aspectdiff("extract --no-cache --format json --plugin-timeout 2" +
                                unstable_dir() + docs(dir));
  INFO(r.err);
  CHECK(r.exit_code == 1);
  const auto j = json::parse(r.out);
  check_documents(j.at("documents"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("compare keeps every other aspect when a plugin crashes or hangs", "[e2e][isolation]") {
  const auto dir = scratch("compare");
  write_documents(dir);
  const auto r = run_aspectdiff("compare --no-cache --format json --plugin-timeout 2" +
                                unstable_dir() + docs(dir));
  INFO(r.err);
  CHECK(r.exit_code == 1);
  const auto j = json::parse(r.out);
  check_documents(j.at("documents"));
  CHECK(j.at("comparisons").size() == 2);
  for (const auto &c : j.at("comparisons")) {
    std::size_t comparable = 0;
    for (const auto &a : c.at("aspects"))
      if (a.at("comparable") == true) ++comparable;
    CHECK(comparable >= first_party.size());
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("batch records a crashing and a hanging plugin in errors.jsonl and finishes",
          "[e2e][isolation]") {
  const auto dir = scratch("batch");
  write_documents(dir);
  const auto r = run_aspectdiff("batch -q --no-cache --plugin-timeout 2" + unstable_dir() + "-i '" +
                                (dir / "*.txt").string() + "' -o '" + (dir / "out").string() + "'");
  INFO(r.err);
  CHECK(r.exit_code == 1);
  check_documents(json_lines(dir / "out/results.jsonl"));
  const auto errors = json_lines(dir / "out/errors.jsonl");
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].at("code") == "P040");
  CHECK(errors[0].at("aspect") == "crashes");
  CHECK(errors[1].at("code") == "P041");
  CHECK(errors[1].at("aspect") == "hangs");
  std::filesystem::remove_all(dir);
}

TEST_CASE("SIGTERM ends a batch stuck in a plugin within 3 s, and the job then resumes past it",
          "[e2e][isolation]") {
  const auto dir = scratch("sigterm");
  write_documents(dir);
  std::vector<std::string> args{"batch",
                                "-q",
                                "--no-cache",
                                "-j",
                                "1",
                                "--plugin-dir",
                                unstable_fixtures,
                                "-i",
                                (dir / "*.txt").string(),
                                "-o",
                                (dir / "out").string()};
  auto no_limit = args;
  no_limit.insert(no_limit.begin() + 1, {"--plugin-timeout", "0"});
  const pid_t pid = start_batch(no_limit, dir / "log");
  REQUIRE(pid > 0);
  // The job commits the two documents before the hanging one, then never finishes.
  int status = 0;
  for (int i = 0; i < 600 && journal_records(dir / "out") < 2; ++i) {
    REQUIRE(::waitpid(pid, &status, WNOHANG) == 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  REQUIRE(journal_records(dir / "out") == 2);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  REQUIRE(::waitpid(pid, &status, WNOHANG) == 0);
  const auto sent = std::chrono::steady_clock::now();
  ::kill(pid, SIGTERM);
  ::waitpid(pid, &status, 0);
  const auto took = std::chrono::steady_clock::now() - sent;
  CHECK(took < std::chrono::seconds(3));
  CHECK(WIFEXITED(status));
  CHECK_FALSE(std::filesystem::exists(dir / "out/manifest.json"));

  auto resumed = args;
  resumed.insert(resumed.begin() + 1, {"--plugin-timeout", "2"});
  std::string command;
  for (std::size_t i = 0; i < resumed.size(); ++i)
    command += "'" + resumed[i] + "' ";
  const auto r = run_aspectdiff(command);
  INFO(r.err);
  CHECK(r.exit_code == 1);
  check_documents(json_lines(dir / "out/results.jsonl"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("a batch that an in-process plugin crashed resumes past the crashing document",
          "[e2e][isolation]") {
  const auto dir = scratch("in-process");
  write_documents(dir);
  std::filesystem::remove(dir / "hang.txt");
  {
    std::ofstream config(dir / "aspectdiff.toml");
    config << "isolation = \"in-process\"\n";
  }
  const std::string command = "batch -q --no-cache -j 1 --config '" +
                              (dir / "aspectdiff.toml").string() + "'" + unstable_dir() + "-i '" +
                              (dir / "*.txt").string() + "' -o '" + (dir / "out").string() + "'";
  const auto crashed = run_aspectdiff(command);
  CHECK(crashed.exit_code != 0);
  CHECK(crashed.exit_code != 1);
  CHECK_FALSE(std::filesystem::exists(dir / "out/manifest.json"));

  const auto resumed = run_aspectdiff(command);
  INFO(resumed.err);
  CHECK(resumed.exit_code == 1);
  const auto results = json_lines(dir / "out/results.jsonl");
  REQUIRE(results.size() == 2);
  check_documents(results);
  const auto errors = json_lines(dir / "out/errors.jsonl");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].at("code") == "P040");
  CHECK_THAT(errors[0].at("message").get<std::string>(), Catch::Contains("crash.txt"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("extract accepts --plugin-timeout and refuses a negative one", "[e2e][isolation]") {
  CHECK(run_aspectdiff("extract --no-cache --plugin-timeout 2 samples/essay.txt").exit_code == 0);
  CHECK(run_aspectdiff("extract --no-cache --plugin-timeout -1 samples/essay.txt").exit_code == 2);
}

TEST_CASE("quiet silences the warning that a failing plugin was disabled, not the errors",
          "[e2e][isolation]") {
  const auto dir = scratch("quiet");
  std::string documents;
  for (int i = 1; i <= 4; ++i) {
    const auto path = dir / ("crash-" + std::to_string(i) + ".txt");
    std::ofstream(path) << aspectdiff::testing::sample_paragraphs().at(0)
                        << " plugin-crash-trigger\n";
    documents += " '" + path.string() + "'";
  }
  // One thread, so that the three crashes come in a row and the fourth document finds the
  // plugin disabled.
  const std::string command =
      "extract --no-cache --format json -j 1 --plugin-dir '" + unstable_fixtures + "'";
  const std::string warning = "warning: plugin 'crashes' is disabled for the rest of this run";
  for (const bool quiet : {false, true}) {
    INFO("quiet " << quiet);
    const auto r = run_aspectdiff(command + (quiet ? " -q" : "") + documents);
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK((r.err.find(warning) != std::string::npos) == !quiet);
    // The failures are reported either way: on standard error and in the output.
    for (int i = 1; i <= 3; ++i)
      CHECK_THAT(r.err, Catch::Contains("[P040] plugin 'crashes' crashed while analysing") &&
                            Catch::Contains("crash-" + std::to_string(i) + ".txt"));
    CHECK_THAT(r.err, Catch::Contains("[P042] plugin 'crashes' was disabled after 3 failures") &&
                          Catch::Contains("crash-4.txt"));
    CHECK(json::parse(r.out).at("errors").size() == 4);
  }
  std::filesystem::remove_all(dir);
}
