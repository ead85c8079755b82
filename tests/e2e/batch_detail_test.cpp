// `detail` in a batch job: results.jsonl carries what `extract --detail` would, and a wrong word
// is refused naming the job file and the key.
#include "../support/run_command.hpp"
#include "batch_corpus.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using aspectdiff::testing::run_aspectdiff;
namespace fs = std::filesystem;

namespace {

fs::path job_file(const fs::path &dir, const std::string &name, const std::string &detail) {
  const auto path = dir / (name + ".toml");
  std::ofstream out(path);
  out << "[batch]\ninputs = [\"" << (dir / "corpus.jsonl").string() << "\"]\n"
      << "references = [\"" << ASPECTDIFF_TEST_SOURCE_DIR << "/samples/essay.txt\"]\n"
      << "output = \"" << (dir / name).string() << "\"\n";
  if (!detail.empty()) out << "detail = \"" << detail << "\"\n";
  return path;
}

std::vector<nlohmann::json> result_lines(const fs::path &dir) {
  std::ifstream in(dir / "results.jsonl");
  std::vector<nlohmann::json> lines;
  for (std::string line; std::getline(in, line);)
    lines.push_back(nlohmann::json::parse(line));
  return lines;
}

} // namespace

TEST_CASE("a batch job's detail shapes its results lines", "[e2e][batch]") {
  const auto dir =
      fs::temp_directory_path() / ("aspectdiff-batch-detail-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  aspectdiff::testing::write_batch_corpus(dir / "corpus.jsonl", 6, false);

  for (const std::string detail : {"", "full", "metrics"}) {
    const std::string name = detail.empty() ? "default" : detail;
    const auto r = run_aspectdiff("batch -q '" + job_file(dir, name, detail).string() + "'");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  const auto brief = result_lines(dir / "default");
  const auto full = result_lines(dir / "full");
  const auto metrics = result_lines(dir / "metrics");
  REQUIRE(brief.size() == 6);
  REQUIRE(full.size() == 6);
  REQUIRE(metrics.size() == 6);
  CHECK(brief[0].at("detail") == "items");
  CHECK(full[0].at("detail") == "full");
  CHECK(metrics[0].at("detail") == "metrics");
  const auto &sentiment = full[0].at("aspects").at("sentiment");
  CHECK(sentiment.at("metrics").at(0).contains("label"));
  CHECK_FALSE(brief[0].at("aspects").at("sentiment").at("metrics").at(0).contains("label"));
  CHECK(brief[0].at("aspects").at("sentiment").at("items").size() == sentiment.at("items").size());
  CHECK_FALSE(metrics[0].at("aspects").at("sentiment").contains("items"));
  const auto manifest = nlohmann::json::parse(std::ifstream(dir / "full" / "manifest.json"));
  CHECK(manifest.at("job").at("detail") == "full");

  const auto job = job_file(dir, "wrong", "most");
  const auto wrong = run_aspectdiff("batch -q '" + job.string() + "'");
  CHECK(wrong.exit_code == 2);
  CHECK_THAT(wrong.err, Catch::Contains("wrong.toml") && Catch::Contains("detail"));
  fs::remove_all(dir);
}
