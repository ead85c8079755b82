#include "batch/input_list.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace aspectdiff::batch;

TEST_CASE("input patterns expand in a sorted and stable order", "[batch][inputs]") {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("aspectdiff-batch-inputs-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "nested/deeper");
  for (const char *name : {"b.jsonl", "a.jsonl", "c.txt", "nested/z.txt", "nested/deeper/y.md"})
    std::ofstream(dir / name) << "{\"text\":\"x\"}\n{\"text\":\"y\"}\n";
  const auto d = dir.string();
  const auto out = expand_inputs({d + "/*.jsonl", d + "/nested", "-", d + "/missing.txt"});
  CHECK(out == std::vector<std::string>{d + "/a.jsonl", d + "/b.jsonl", d + "/nested/deeper/y.md",
                                        d + "/nested/z.txt", "-", d + "/missing.txt"});
  CHECK_THROWS_WITH(expand_inputs({d + "/*.html"}), Catch::Contains("matches no file"));
  CHECK(estimate_documents({d + "/a.jsonl", d + "/c.txt"}, "auto") ==
        std::optional<std::uint64_t>(3));
  CHECK_FALSE(estimate_documents({"-"}, "auto"));
  std::filesystem::remove_all(dir);
}
