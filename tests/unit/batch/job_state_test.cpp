#include "batch/durable_file.hpp"
#include "batch/job.hpp"
#include "batch/job_state.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace aspectdiff::batch;

namespace {

std::filesystem::path fresh_dir(const std::string &name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("aspectdiff-batch-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / ".batch");
  return dir;
}

void append(const std::filesystem::path &path, const std::string &bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::app);
  out << bytes;
}

} // namespace

TEST_CASE("a checkpoint stops at the last whole record and cuts the outputs back to it",
          "[batch][resume]") {
  const auto dir = fresh_dir("checkpoint");
  const JobPaths paths{dir};
  append(paths.results_part(), "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"");
  append(paths.errors_part(), "");
  DocRecord a, b;
  a.seq = 0;
  a.id = "a";
  a.results_end = 11;
  b.seq = 2;
  b.id = "b";
  b.results_end = 22;
  const auto torn = encode_record(b);
  append(paths.journal(),
         encode_record(a) + "\n" + encode_record(b) + "\n" + torn.substr(0, torn.size() / 2));
  const auto c = read_checkpoint(paths);
  CHECK(c.records == 2);
  CHECK(c.last_seq == std::optional<std::uint64_t>(2));
  CHECK(c.last_id == "b");
  CHECK(c.results_size == 22);
  CHECK(c.journal_size == encode_record(a).size() + encode_record(b).size() + 2);
  {
    AppendFile results(paths.results_part(), c.results_size);
    results.append("{\"id\":\"c\"}\n");
    results.sync();
  }
  std::ifstream in(paths.results_part(), std::ios::binary);
  std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(all == "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n");
  std::filesystem::remove_all(dir);
}

TEST_CASE("outputs shorter than the journal are refused", "[batch][resume]") {
  const auto dir = fresh_dir("damaged");
  const JobPaths paths{dir};
  DocRecord a;
  a.id = "a";
  a.results_end = 100;
  append(paths.journal(), encode_record(a) + "\n");
  append(paths.results_part(), "short\n");
  CHECK_THROWS_WITH(read_checkpoint(paths), Catch::Contains("damaged"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("a job file gives inputs relative to itself and checks its values", "[batch][job]") {
  const auto dir = fresh_dir("jobfile");
  {
    std::ofstream out(dir / "job.toml");
    out << "[batch]\ninputs = [\"corpus/*.jsonl\", \"-\"]\nreferences = \"essay.txt\"\n"
           "output = \"out\"\ngroup_by = [\"source\", \"date:week\"]\nduplicates = \"collapse\"\n"
           "shard = \"1/3\"\n";
  }
  bool has_config = true;
  const auto spec = read_job_file(dir / "job.toml", has_config);
  CHECK_FALSE(has_config);
  CHECK(spec.inputs == std::vector<std::string>{(dir / "corpus/*.jsonl").string(), "-"});
  CHECK(spec.references == std::vector<std::string>{(dir / "essay.txt").string()});
  CHECK(spec.output_dir == dir / "out");
  REQUIRE(spec.group_by.size() == 2);
  CHECK(spec.group_by[1].name() == "date:week");
  CHECK(spec.duplicates == DuplicateMode::collapse);
  CHECK(spec.shard.index == 1);
  {
    std::ofstream out(dir / "bad.toml");
    out << "[batch]\ngroup_by = [\"colour\"]\n";
  }
  CHECK_THROWS_WITH(read_job_file(dir / "bad.toml", has_config),
                    Catch::Contains("bad.toml:2") && Catch::Contains("colour"));
  {
    std::ofstream out(dir / "config.toml");
    out << "enabled = [\"style\"]\n[batch]\ninputs = \"a.txt\"\n";
  }
  read_job_file(dir / "config.toml", has_config);
  CHECK(has_config);
  std::filesystem::remove_all(dir);
}
