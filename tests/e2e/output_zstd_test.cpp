// `-o FILE.zst`: the output compressed with zstd as it is written, whatever the command and format,
// and exactly the plain output once decompressed.
#include "../support/run_command.hpp"
#include "batch/zstd_frames.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using aspectdiff::testing::run_aspectdiff;
namespace fs = std::filesystem;

namespace {

std::string bytes_of(const fs::path &path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("an output named .zst is the plain output compressed", "[e2e][zstd]") {
  const auto dir = fs::temp_directory_path() / ("aspectdiff-zst-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string docs = " samples/essay.txt samples/commentary/hawkish-oped.txt"
                           " samples/commentary/summit-wire-report.txt";
  const std::vector<std::string> commands = {
      "extract --no-cache -q -j 2 --format jsonl", // streamed, several threads
      "compare --no-cache -q --format json",       // streamed
      "compare --no-cache -q --format markdown",   // written whole
  };
  for (std::size_t i = 0; i < commands.size(); ++i) {
    INFO(commands[i]);
    const auto plain = dir / ("out" + std::to_string(i) + ".txt");
    const auto packed = dir / ("out" + std::to_string(i) + ".txt.zst");
    const auto a = run_aspectdiff(commands[i] + docs + " -o '" + plain.string() + "'");
    const auto b = run_aspectdiff(commands[i] + docs + " -o '" + packed.string() + "'");
    INFO(a.err << b.err);
    REQUIRE(a.exit_code == 0);
    REQUIRE(b.exit_code == 0);
    const std::string compressed = bytes_of(packed);
    const std::string text = bytes_of(plain);
    REQUIRE_FALSE(text.empty());
    CHECK(compressed.size() * 3 < text.size());
    CHECK(aspectdiff::batch::zstd_decompress(compressed, packed.string()) == text);
  }
  fs::remove_all(dir);
}
