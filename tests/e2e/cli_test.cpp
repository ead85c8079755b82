// The `aspectdiff` executable end to end, on the project's samples.
#include "../support/run_command.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>

using aspectdiff::testing::run_aspectdiff;

namespace {
const std::string samples = "samples/essay.txt samples/commentary/*.txt";
}

TEST_CASE("compare prints a per-aspect comparison and a ranking of the samples", "[e2e]") {
  const auto r = run_aspectdiff("compare --no-cache --evidence " + samples);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("style"));
  CHECK_THAT(r.out, Catch::Contains("hawkish-oped.txt"));
  CHECK_THAT(r.out, Catch::Contains("state-media-celebration.txt"));
  CHECK_THAT(r.out, Catch::Contains("Ranking") || Catch::Contains("ranking"));
}

TEST_CASE("compare --format json follows the documented schema", "[e2e]") {
  const auto r = run_aspectdiff("compare --no-cache --format json " + samples);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j.at("schema") == "aspectdiff/3");
  CHECK(j.at("kind") == "compare");
  CHECK(j.at("detail") == "items");
  CHECK(j.at("comparisons").size() >= 6);
  CHECK(j.at("ranking").size() == j.at("comparisons").size());

  if (std::system("python3 -c 'import jsonschema' 2>/dev/null") != 0) {
    WARN("python3-jsonschema is not installed: schema validation skipped");
    return;
  }
  const auto file = std::filesystem::temp_directory_path() / "aspectdiff-e2e-compare.json";
  {
    std::ofstream out(file);
    out << r.out;
  }
  const std::string schema =
      std::string(ASPECTDIFF_TEST_SOURCE_DIR) + "/docs/schema/aspectdiff-3.schema.json";
  const std::string check = "python3 -c 'import json,sys,jsonschema; "
                            "jsonschema.validate(json.load(open(sys.argv[1])), "
                            "json.load(open(sys.argv[2])))' '" +
                            file.string() + "' '" + schema + "'";
  CHECK(std::system(check.c_str()) == 0);
  std::filesystem::remove(file);
}

TEST_CASE("extract --detail chooses what each aspect result carries", "[e2e]") {
  const std::string doc = " samples/commentary/hawkish-oped.txt";
  const auto line = [&](const std::string &detail) {
    const auto r = run_aspectdiff("extract --no-cache -q --format jsonl" + detail + doc);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
  };
  const auto items = line("");
  const auto full = line(" --detail full");
  const auto metrics = line(" --detail metrics");
  CHECK(items.at("detail") == "items");
  CHECK(full.at("detail") == "full");
  const auto &sentiment = full.at("aspects").at("sentiment");
  const auto &brief = items.at("aspects").at("sentiment");
  // The same metrics and items at every detail, with the same values.
  REQUIRE(brief.at("metrics").size() == sentiment.at("metrics").size());
  REQUIRE(brief.at("items").size() == sentiment.at("items").size());
  for (std::size_t i = 0; i < brief.at("metrics").size(); ++i) {
    CHECK(brief["metrics"][i].at("value") == sentiment["metrics"][i].at("value"));
    CHECK(brief["metrics"][i].at("evidence") == sentiment["metrics"][i].at("evidence"));
    CHECK_FALSE(brief["metrics"][i].contains("label"));
    CHECK(sentiment["metrics"][i].contains("label"));
  }
  CHECK(metrics.at("aspects").at("sentiment").at("metrics") == brief.at("metrics"));
  CHECK_FALSE(metrics.at("aspects").at("sentiment").contains("items"));
  // Smaller at each step down.
  CHECK(metrics.dump().size() < items.dump().size());
  CHECK(items.dump().size() < full.dump().size());

  const auto wrong = run_aspectdiff("extract --no-cache --format jsonl --detail most" + doc);
  CHECK(wrong.exit_code != 0);
  CHECK_THAT(wrong.err, Catch::Contains("--detail"));
}

TEST_CASE("extract --format jsonl writes one line per document with its id", "[e2e]") {
  const auto r = run_aspectdiff("extract --no-cache --format jsonl --input-format jsonl -",
                                "{\"id\":\"a\",\"text\":\"A first short piece. It has two "
                                "sentences.\"}\n{\"id\":\"b\",\"text\":\"Another piece.\"}\n");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::istringstream lines(r.out);
  std::string line;
  std::vector<std::string> ids;
  while (std::getline(lines, line))
    if (!line.empty()) ids.push_back(nlohmann::json::parse(line).at("id"));
  CHECK(ids == std::vector<std::string>{"a", "b"});
}

TEST_CASE("a missing document is reported by name and the others are still compared", "[e2e]") {
  const auto r = run_aspectdiff(
      "compare --no-cache samples/essay.txt samples/commentary/hawkish-oped.txt no/such/file.txt");
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("no/such/file.txt"));
  CHECK_THAT(r.out, Catch::Contains("hawkish-oped.txt"));
}

TEST_CASE("a broken configuration exits 2 naming file, line and column", "[e2e]") {
  const auto dir = std::filesystem::temp_directory_path() / "aspectdiff-e2e-config";
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "bad.toml");
    out << "[output]\nformat = \"terminal\"\nevidence = [\n";
  }
  const auto r = run_aspectdiff("plugins --config '" + (dir / "bad.toml").string() + "'");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("bad.toml:3:") || Catch::Contains("bad.toml:4:"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("plugins lists every built plugin and explains every refused file", "[e2e]") {
  const auto r =
      run_aspectdiff(std::string("plugins --plugin-dir '") + ASPECTDIFF_TEST_FIXTURE_DIR + "'");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("style"));
  CHECK_THAT(r.out, Catch::Contains("counter"));
  for (const char *code : {"P001", "P002", "P003", "P004", "P005", "P006", "P007", "P008", "P009",
                           "P010", "P011", "P014"})
    CHECK_THAT(r.out, Catch::Contains(code));
}

TEST_CASE("usage errors exit 2 and --help works on every command", "[e2e]") {
  CHECK(run_aspectdiff("compare").exit_code == 2);
  CHECK(run_aspectdiff("frobnicate").exit_code == 2);
  for (const char *command : {"compare", "extract", "plugins", "config", "cache clear"}) {
    const auto r = run_aspectdiff(std::string(command) + " --help");
    INFO(command);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("Usage") || Catch::Contains("USAGE"));
  }
}

TEST_CASE("a second run reuses cached results", "[e2e]") {
  const auto dir = std::filesystem::temp_directory_path() / "aspectdiff-e2e-cache";
  std::filesystem::remove_all(dir);
  const std::string args =
      "extract --format json --cache-dir '" + dir.string() + "' samples/essay.txt";
  const auto first = run_aspectdiff(args);
  const auto second = run_aspectdiff(args);
  REQUIRE(first.exit_code == 0);
  REQUIRE(second.exit_code == 0);
  auto a = nlohmann::json::parse(first.out).at("documents").at(0).at("aspects");
  auto b = nlohmann::json::parse(second.out).at("documents").at(0).at("aspects");
  REQUIRE(a.size() == b.size());
  for (auto &[aspect, result] : b.items()) {
    INFO(aspect);
    CHECK(a.at(aspect).at("from_cache") == false);
    CHECK(result.at("from_cache") == true);
    a.at(aspect).erase("from_cache");
    result.erase("from_cache");
  }
  CHECK(a == b);
  CHECK(std::filesystem::exists(dir));
  const auto cleared = run_aspectdiff("cache clear --cache-dir '" + dir.string() + "'");
  CHECK(cleared.exit_code == 0);
  CHECK_THAT(cleared.out, Catch::Contains("removed"));
  std::filesystem::remove_all(dir);
}
