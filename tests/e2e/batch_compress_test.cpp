// `compress = "zstd"`: results.jsonl.zst holds exactly the lines an uncompressed job writes, one
// zstd frame per document, so sharded outputs merge and read back the same.
#include "../support/run_command.hpp"
#include "batch/zstd_frames.hpp"
#include "batch_corpus.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using aspectdiff::testing::run_aspectdiff;
namespace fs = std::filesystem;

namespace {

// A job file for the corpus in `dir`, writing into dir/name.
fs::path job_file(const fs::path &dir, const std::string &name, bool compressed,
                  const std::string &shard = "") {
  const auto path = dir / (name + ".toml");
  std::ofstream out(path);
  out << "[batch]\ninputs = [\"" << (dir / "corpus.jsonl").string() << "\"]\n"
      << "references = [\"" << ASPECTDIFF_TEST_SOURCE_DIR << "/samples/essay.txt\"]\n"
      << "output = \"" << (dir / name).string() << "\"\n";
  if (compressed) out << "compress = \"zstd\"\n";
  if (!shard.empty()) out << "shard = \"" << shard << "\"\n";
  return path;
}

std::string results_of(const fs::path &dir) {
  return aspectdiff::batch::read_results(dir / "results.jsonl", dir / "results.jsonl.zst");
}

} // namespace

TEST_CASE("compressed batch results read back as the plain ones, merged or not",
          "[e2e][batch][zstd]") {
  const auto dir =
      fs::temp_directory_path() / ("aspectdiff-batch-zstd-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  aspectdiff::testing::write_batch_corpus(dir / "corpus.jsonl", 20, false);

  const auto plain =
      run_aspectdiff("batch -q -j 2 '" + job_file(dir, "plain", false).string() + "'");
  INFO(plain.err);
  REQUIRE(plain.exit_code == 0);
  const auto packed =
      run_aspectdiff("batch -q -j 2 '" + job_file(dir, "packed", true).string() + "'");
  INFO(packed.err);
  REQUIRE(packed.exit_code == 0);

  CHECK_FALSE(fs::exists(dir / "packed" / "results.jsonl"));
  REQUIRE(fs::exists(dir / "packed" / "results.jsonl.zst"));
  const std::string lines = results_of(dir / "plain");
  CHECK(std::count(lines.begin(), lines.end(), '\n') == 20);
  CHECK(results_of(dir / "packed") == lines);
  CHECK(fs::file_size(dir / "packed" / "results.jsonl.zst") * 4 < lines.size());
  const auto manifest = nlohmann::json::parse(std::ifstream(dir / "packed" / "manifest.json"));
  CHECK(manifest.at("outputs").at(0) == "results.jsonl.zst");
  CHECK(manifest.at("job").at("compress") == "zstd");

  // Two compressed shards merge into the same compressed results.
  std::string shards;
  for (int k = 0; k < 2; ++k) {
    const std::string name = "shard" + std::to_string(k);
    const auto r = run_aspectdiff(
        "batch -q '" + job_file(dir, name, true, std::to_string(k) + "/2").string() + "'");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    shards += "'" + (dir / name).string() + "' ";
  }
  const auto merged = run_aspectdiff("merge -q '" + (dir / "merged").string() + "' " + shards);
  INFO(merged.err);
  REQUIRE(merged.exit_code == 0);
  CHECK(results_of(dir / "merged") == lines);

  // Bytes that are not whole frames are named as damaged, not read as text.
  std::string cut = aspectdiff::batch::zstd_frame("{\"id\":\"x\"}\n");
  cut.pop_back();
  CHECK_THROWS_WITH(aspectdiff::batch::zstd_decompress(cut, "cut.zst"),
                    Catch::Contains("cut.zst") && Catch::Contains("W103"));
  fs::remove_all(dir);
}
