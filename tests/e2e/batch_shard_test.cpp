// `--shard K/N` and `aspectdiff merge`: three shards merged give exactly a single run's outputs.
#include "../support/run_command.hpp"
#include "batch_corpus.hpp"

#include <catch2/catch.hpp>

using aspectdiff::testing::job_outputs;
using aspectdiff::testing::run_aspectdiff;

TEST_CASE("three shards merged equal one unsharded run", "[e2e][batch][shard]") {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("aspectdiff-batch-shard-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  aspectdiff::testing::write_batch_corpus(dir / "corpus.jsonl", 45, true);
  const std::string job = "batch -q -j 2 -i '" + (dir / "corpus.jsonl").string() +
                          "' -i 'samples/commentary/*.txt' -r samples/essay.txt "
                          "--group-by source --group-by date:week ";
  const auto single = run_aspectdiff(job + "-o '" + (dir / "single").string() + "'");
  INFO(single.err);
  REQUIRE(single.exit_code == 1);
  std::string shards;
  for (int k = 0; k < 3; ++k) {
    const auto name = "shard" + std::to_string(k);
    const auto r = run_aspectdiff(job + "--shard " + std::to_string(k) + "/3 -o '" +
                                  (dir / name).string() + "'");
    INFO(r.err);
    CHECK((r.exit_code == 0 || r.exit_code == 1));
    shards += "'" + (dir / name).string() + "' ";
  }
  // Not every shard: refused.
  const auto partial = run_aspectdiff("merge -q '" + (dir / "partial").string() + "' '" +
                                      (dir / "shard0").string() + "'");
  CHECK(partial.exit_code == 2);
  CHECK_THAT(partial.err, Catch::Contains("missing"));

  const auto merged = run_aspectdiff("merge -q '" + (dir / "merged").string() + "' " + shards);
  INFO(merged.err);
  CHECK(merged.exit_code == 1);
  const auto a = job_outputs(dir / "single");
  const auto b = job_outputs(dir / "merged");
  for (std::size_t i = 0; i < a.size(); ++i) {
    INFO(a[i].first);
    CHECK(a[i].second == b[i].second);
  }
  std::filesystem::remove_all(dir);
}
