// The options that decide which plugins load and how strictly: --plugin-dir (one directory per
// use, repeatable, never taking a document's place), a missing plugin directory, and --strict
// with its configuration key.
#include "../support/run_command.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using aspectdiff::testing::run_aspectdiff;

namespace {

const std::string fixtures = ASPECTDIFF_TEST_FIXTURE_DIR;
const std::string bad_output = fixtures + "/bad-output";

std::string quoted(const std::string &s) {
  return "'" + s + "'";
}

// A configuration file in a fresh directory; removed with the directory by the caller.
std::filesystem::path write_config(const std::string &name, const std::string &text) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("aspectdiff-plugin-options-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "aspectdiff.toml") << text;
  return dir;
}

} // namespace

TEST_CASE("the option plugin-dir takes one directory and leaves the documents that follow", "[e2e]") {
  const auto r = run_aspectdiff("extract --no-cache --format json --plugin-dir " +
                                quoted(bad_output) + " samples/essay.txt samples/README.md");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("\"essay.txt\"") || Catch::Contains("essay.txt\""));
  CHECK_THAT(r.out, Catch::Contains("README.md"));
  CHECK_THAT(r.out, Catch::Contains("non_deterministic"));
}

TEST_CASE("the option plugin-dir is repeatable and keeps its order", "[e2e]") {
  const auto r = run_aspectdiff("plugins --plugin-dir " + quoted(bad_output) + " --plugin-dir " +
                                quoted(fixtures) + " --format json");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto first = r.out.find(bad_output);
  const auto second = r.out.find("\"" + fixtures + "\"");
  CHECK(first != std::string::npos);
  CHECK(second != std::string::npos);
  CHECK(first < second);
  CHECK_THAT(r.out, Catch::Contains("counter") && Catch::Contains("wrong_scale_values"));
}

TEST_CASE("a missing plugin directory is a usage error naming it", "[e2e]") {
  for (const char *command : {"extract samples/essay.txt", "plugins", "config"}) {
    INFO(command);
    const auto r = run_aspectdiff(std::string(command) + " --plugin-dir build/no-such-plugins");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("U002") && Catch::Contains("build/no-such-plugins") &&
                          Catch::Contains("no such directory"));
  }
  const auto r = run_aspectdiff("plugins --plugin-dir samples/essay.txt");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("samples/essay.txt: not a directory"));
}

TEST_CASE("strict mode fails a run with a refused plugin, which otherwise only warns", "[e2e]") {
  const auto lenient = run_aspectdiff("plugins --plugin-dir " + quoted(fixtures));
  CHECK(lenient.exit_code == 0);
  const auto strict = run_aspectdiff("plugins --strict --plugin-dir " + quoted(fixtures));
  CHECK(strict.exit_code == 1);
  CHECK_THAT(strict.err, Catch::Contains("P040") && Catch::Contains("strict mode") &&
                             Catch::Contains("refused: ") && Catch::Contains("wrong_major"));
}

TEST_CASE("strict mode fails a run in which the host warned about a plugin's output", "[e2e]") {
  const auto config = write_config("strict-output", "enabled = [\"out_of_range_span\"]\n");
  const std::string common = "extract --no-cache --config " +
                             quoted((config / "aspectdiff.toml").string()) + " --plugin-dir " +
                             quoted(bad_output) + " samples/essay.txt";
  const auto lenient = run_aspectdiff(common);
  INFO(lenient.err);
  CHECK(lenient.exit_code == 0);
  CHECK_THAT(lenient.err, Catch::Contains("[W201] plugin 'out_of_range_span'"));
  const auto strict = run_aspectdiff(common + " --strict");
  CHECK(strict.exit_code == 1);
  CHECK_THAT(strict.err, Catch::Contains("strict mode"));
  std::filesystem::remove_all(config);
}

TEST_CASE("strict = true under run in the configuration is the same as the option", "[e2e]") {
  const auto config = write_config("strict-config", "[run]\nstrict = true\n");
  const auto r =
      run_aspectdiff("plugins --config " + quoted((config / "aspectdiff.toml").string()) +
                     " --plugin-dir " + quoted(fixtures));
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("P040"));
  const auto bad = write_config("strict-bad", "[run]\nstrict = \"yes\"\n");
  const auto b = run_aspectdiff("plugins --config " + quoted((bad / "aspectdiff.toml").string()));
  CHECK(b.exit_code == 2);
  CHECK_THAT(b.err, Catch::Contains("run.strict"));
  std::filesystem::remove_all(config);
  std::filesystem::remove_all(bad);
}
