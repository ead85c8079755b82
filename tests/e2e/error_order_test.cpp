// `extract` and `compare` report the errors of a run in the order of their input, whatever the
// number of threads: an unreadable document's error where the document stood, a document's failed
// aspect right after the document. JSON Lines interleaves them with the documents; JSON lists them
// in that order; standard error prints them in that order.
#include "../support/run_command.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

using aspectdiff::testing::run_aspectdiff;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// The `crashes` fixture dies on any document containing its trigger (tests/abi/fixtures).
const std::string unstable_fixtures = std::string(ASPECTDIFF_TEST_FIXTURE_DIR) + "-unstable";

struct Corpus {
  fs::path dir;
  std::vector<std::string> arguments; // in input order
  std::vector<std::string> documents; // the documents that are read, in input order
  std::vector<std::string> failing;   // whose error is expected, in input order
};

// Readable, missing, crashing, readable, binary, crashing, readable.
Corpus make_corpus() {
  Corpus c;
  c.dir = fs::temp_directory_path() / ("aspectdiff-error-order-" + std::to_string(::getpid()));
  fs::remove_all(c.dir);
  fs::create_directories(c.dir);
  const auto write = [&](const std::string &name, const std::string &text) {
    std::ofstream(c.dir / name, std::ios::binary) << text;
  };
  const std::string prose = "The council approved the plan on Monday. Critics said it cost too "
                            "much, and the mayor defended it.\n";
  write("first.txt", prose);
  write("crash-a.txt", prose + "plugin-crash-trigger\n");
  write("second.txt", prose);
  write("binary.txt", std::string("text\0with a NUL byte", 20));
  write("crash-b.txt", prose + "Again. plugin-crash-trigger\n");
  write("third.txt", prose);
  for (const char *name : {"first.txt", "missing.txt", "crash-a.txt", "second.txt", "binary.txt",
                           "crash-b.txt", "third.txt"})
    c.arguments.push_back((c.dir / name).string());
  c.documents = {c.arguments[0], c.arguments[2], c.arguments[3], c.arguments[5], c.arguments[6]};
  c.failing = {c.arguments[1], c.arguments[2], c.arguments[4], c.arguments[5]};
  return c;
}

std::string command(const Corpus &c, const std::string &format, int jobs,
                    const std::string &verb = "extract") {
  std::string line = verb + " --no-cache --format " + format + " --jobs " + std::to_string(jobs) +
                     " --plugin-dir '" + unstable_fixtures + "' -q";
  for (const auto &a : c.arguments)
    line += " '" + a + "'";
  return line;
}

// The document each "aspectdiff: ..." line of standard error names, in order.
std::vector<std::string> error_documents(const std::string &err, const Corpus &c) {
  std::vector<std::string> named;
  std::istringstream lines(err);
  for (std::string line; std::getline(lines, line);)
    if (!line.starts_with("aspectdiff: warning:"))
      for (const auto &a : c.arguments)
        if (line.find(a + ":") != std::string::npos || line.find(a + " ") != std::string::npos)
          named.push_back(a);
  return named;
}

} // namespace

TEST_CASE("extract and compare report errors in input order on any number of threads",
          "[e2e][errors]") {
  const auto c = make_corpus();
  for (const int jobs : {1, 3}) {
    INFO("jobs " << jobs);

    // JSON Lines: every line in input order, each error after its document.
    const auto lines = run_aspectdiff(command(c, "jsonl", jobs));
    INFO(lines.err);
    CHECK(lines.exit_code == 1);
    std::vector<std::string> kinds_and_names;
    std::istringstream in(lines.out);
    for (std::string line; std::getline(in, line);) {
      const auto j = json::parse(line);
      kinds_and_names.push_back(
          j.at("kind").get<std::string>() + " " +
          j.at(j.at("kind") == "document" ? "id" : "document").get<std::string>());
    }
    const auto &a = c.arguments;
    const std::vector<std::string> expected{
        "document " + a[0], "error " + a[1],    "document " + a[2],
        "error " + a[2],    "document " + a[3], "error " + a[4],
        "document " + a[5], "error " + a[5],    "document " + a[6]};
    CHECK(kinds_and_names == expected);
    CHECK(error_documents(lines.err, c) == c.failing);

    // JSON: the errors array in the same order.
    const auto whole = run_aspectdiff(command(c, "json", jobs));
    CHECK(whole.exit_code == 1);
    const auto j = json::parse(whole.out);
    std::vector<std::string> documents, errors;
    for (const auto &d : j.at("documents"))
      documents.push_back(d.at("id"));
    for (const auto &e : j.at("errors"))
      errors.push_back(e.at("document"));
    CHECK(documents == c.documents);
    CHECK(errors == c.failing);
    CHECK(error_documents(whole.err, c) == c.failing);

    // The terminal report, analysed as a whole rather than streamed: the same order.
    const auto terminal = run_aspectdiff(command(c, "terminal", jobs));
    CHECK(terminal.exit_code == 1);
    CHECK(error_documents(terminal.err, c) == c.failing);

    // compare, against the first document, streamed (JSON) or not (Markdown).
    const auto compared = run_aspectdiff(command(c, "json", jobs, "compare"));
    CHECK(compared.exit_code == 1);
    std::vector<std::string> compare_errors;
    const auto comparison = json::parse(compared.out);
    for (const auto &e : comparison.at("errors"))
      compare_errors.push_back(e.at("document"));
    CHECK(compare_errors == c.failing);
    CHECK(error_documents(compared.err, c) == c.failing);
    const auto markdown = run_aspectdiff(command(c, "markdown", jobs, "compare"));
    CHECK(markdown.exit_code == 1);
    CHECK(error_documents(markdown.err, c) == c.failing);
  }
  fs::remove_all(c.dir);
}
