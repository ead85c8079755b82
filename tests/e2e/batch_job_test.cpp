// `aspectdiff batch` end to end: the five outputs, the same per-document objects as `extract`,
// groups, duplicates, errors and the streaming mode.
#include "../support/run_command.hpp"
#include "batch_corpus.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using aspectdiff::testing::run_aspectdiff;
using aspectdiff::testing::slurp;

namespace {

std::filesystem::path scratch(const std::string &name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("aspectdiff-batch-e2e-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::vector<nlohmann::json> json_lines(const std::string &text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  return out;
}

std::vector<std::string> csv_rows(const std::string &text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    out.push_back(line);
  return out;
}

} // namespace

TEST_CASE("batch over the samples writes every output and extract's per-document objects",
          "[e2e][batch]") {
  const auto dir = scratch("samples");
  const auto r = run_aspectdiff("batch -q -j 2 -i 'samples/commentary/*.txt' -r samples/essay.txt "
                                "-o '" +
                                (dir / "out").string() + "'");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  for (const char *name :
       {"results.jsonl", "summary.csv", "groups.csv", "errors.jsonl", "manifest.json",
        "group_differences.csv", "ranking.csv", "duplicates.csv"})
    CHECK(std::filesystem::exists(dir / "out" / name));

  const auto extract = run_aspectdiff("extract --no-cache --format jsonl samples/commentary/*.txt");
  REQUIRE(extract.exit_code == 0);
  const auto expected = json_lines(extract.out);
  const auto got = json_lines(slurp(dir / "out/results.jsonl"));
  REQUIRE(got.size() == 6);
  REQUIRE(expected.size() == got.size());
  for (std::size_t i = 0; i < got.size(); ++i)
    CHECK(got[i] == expected[i]);

  const auto summary = csv_rows(slurp(dir / "out/summary.csv"));
  REQUIRE(summary.size() == 7);
  CHECK_THAT(summary[0], Catch::StartsWith("index,id,title,source,date,url,words,status"));
  CHECK_THAT(summary[0], Catch::Contains("similarity:samples/essay.txt"));
  CHECK_THAT(summary[0], Catch::Contains("sentiment.score"));
  CHECK_THAT(summary[0], Catch::Contains("actors:top"));
  const auto ranking = csv_rows(slurp(dir / "out/ranking.csv"));
  CHECK(ranking.size() == 7);
  const auto manifest = nlohmann::json::parse(slurp(dir / "out/manifest.json"));
  CHECK(manifest.at("counts").at("documents") == 6);
  CHECK(manifest.at("plugins").size() >= 5);
  CHECK(manifest.at("config_hash").get<std::string>().size() == 32);
  CHECK(slurp(dir / "out/errors.jsonl").empty());
  CHECK_FALSE(std::filesystem::exists(dir / "out/.batch/results.jsonl.part"));

  // Run again: the directory holds the finished job, nothing is redone.
  const auto again = run_aspectdiff("batch -j 2 -i 'samples/commentary/*.txt' -r "
                                    "samples/essay.txt -o '" +
                                    (dir / "out").string() + "'");
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.err, Catch::Contains("nothing to do"));
  // Another job in the same directory is refused.
  const auto other =
      run_aspectdiff("batch -q -i samples/essay.txt -o '" + (dir / "out").string() + "'");
  CHECK(other.exit_code == 2);
  CHECK_THAT(other.err, Catch::Contains("another job"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("batch groups by source and date and reports reprints and bad lines", "[e2e][batch]") {
  const auto dir = scratch("groups");
  aspectdiff::testing::write_batch_corpus(dir / "corpus.jsonl", 40, true);
  const std::string common = "batch -q -j 2 -i '" + (dir / "corpus.jsonl").string() +
                             "' -r samples/essay.txt --group-by source --group-by date:month ";
  const auto r = run_aspectdiff(common + "-o '" + (dir / "keep").string() + "'");
  INFO(r.err);
  CHECK(r.exit_code == 1); // the bad line
  const auto errors = json_lines(slurp(dir / "keep/errors.jsonl"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].at("kind") == "error");
  CHECK(errors[0].at("code") == "I004");
  CHECK(json_lines(slurp(dir / "keep/results.jsonl")).size() == 40);

  const auto groups = slurp(dir / "keep/groups.csv");
  for (const char *g : {"source,Daily Planet,", "source,Global Wire,", "source,The Courier,",
                        "date:month,2026-05,", "date:month,2026-06,"})
    CHECK_THAT(groups, Catch::Contains(g));
  CHECK_THAT(groups, Catch::Contains("sentiment.score"));
  CHECK_THAT(groups, Catch::Contains("coverage:actors:"));
  CHECK_THAT(groups, Catch::Contains("similarity:samples/essay.txt"));
  const auto differences = csv_rows(slurp(dir / "keep/group_differences.csv"));
  CHECK(differences.size() > 10);

  // Every tenth article reprints an earlier one: each is in a cluster.
  const auto duplicates = csv_rows(slurp(dir / "keep/duplicates.csv"));
  CHECK(duplicates.size() >= 1 + 2 * 4);
  const auto summary = slurp(dir / "keep/summary.csv");
  CHECK_THAT(summary, Catch::Contains("art-9,Article 9,"));
  const auto manifest = nlohmann::json::parse(slurp(dir / "keep/manifest.json"));
  CHECK(manifest.at("counts").at("duplicate_documents").get<int>() >= 4);
  CHECK(manifest.at("counts").at("input_errors") == 1);

  // Collapsed, the reprints leave the ranking and the group means.
  const auto c =
      run_aspectdiff(common + "--duplicates collapse -o '" + (dir / "collapse").string() + "'");
  CHECK(c.exit_code == 1);
  const auto kept = csv_rows(slurp(dir / "keep/ranking.csv")).size();
  const auto collapsed = csv_rows(slurp(dir / "collapse/ranking.csv")).size();
  CHECK(kept == 41);
  CHECK(collapsed == kept - manifest.at("counts").at("duplicate_documents").get<std::size_t>());
  std::filesystem::remove_all(dir);
}

TEST_CASE("batch --stream turns JSON Lines into result lines in input order", "[e2e][batch]") {
  const std::string input =
      "{\"id\":\"a\",\"text\":\"Putin met Xi in Moscow. They signed a pact.\"}\n"
      "not json\n"
      "{\"id\":\"b\",\"text\":\"The summit may have changed little, analysts said.\"}\n";
  const auto r = run_aspectdiff("batch --stream -q -j 2", input);
  INFO(r.err);
  CHECK(r.exit_code == 0); // the failure travels in the stream
  const auto lines = json_lines(r.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].at("id") == "a");
  CHECK(lines[1].at("kind") == "error");
  CHECK(lines[2].at("id") == "b");
  // extract writes the same lines, the error in its place among the documents.
  const auto extract =
      run_aspectdiff("extract --no-cache --format jsonl --input-format jsonl -", input);
  CHECK(extract.out == r.out);
}

TEST_CASE("batch refuses a job without inputs or output directory", "[e2e][batch]") {
  CHECK(run_aspectdiff("batch -q -o /tmp/x").exit_code == 2);
  CHECK(run_aspectdiff("batch -q -i samples/essay.txt").exit_code == 2);
  const auto bad = run_aspectdiff("batch -q -i samples/essay.txt -o /tmp/x --shard 3/3");
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("--shard"));
}
