// The ranking of differences on the commentary samples: for each piece, the aspect an analyst's
// one-line summary names (samples/commentary/README.md) is among the three strongest ranked
// differences of its pair; and each pair opens with its story.
#include "../support/run_command.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <regex>
#include <sstream>
#include <string>

using aspectdiff::testing::read_file;
using aspectdiff::testing::run_aspectdiff;

namespace {

// piece file name -> the aspect its summary names, from the README's table rows
// "| `piece.txt` | aspect | summary |".
std::map<std::string, std::string> summarised_aspects() {
  const std::string readme =
      read_file(std::string(ASPECTDIFF_TEST_SOURCE_DIR) + "/samples/commentary/README.md");
  const std::regex row(R"(^\| `([^`]+\.txt)` \| ([a-z]+) \|)");
  std::map<std::string, std::string> out;
  std::istringstream lines(readme);
  std::string line;
  std::smatch m;
  while (std::getline(lines, line))
    if (std::regex_search(line, m, row)) out[m[1]] = m[2];
  return out;
}

std::string file_name(const std::string &path) {
  return path.substr(path.rfind('/') + 1);
}

} // namespace

TEST_CASE("each commentary pair ranks the aspect its summary names among its first three",
          "[e2e][ranking]") {
  const auto expected = summarised_aspects();
  REQUIRE(expected.size() == 6);
  const auto r =
      run_aspectdiff("compare --no-cache --format json samples/essay.txt samples/commentary/*.txt");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j.at("comparisons").size() == 6);
  for (const auto &c : j.at("comparisons")) {
    const std::string piece = file_name(c.at("b"));
    REQUIRE(expected.contains(piece));
    const auto &ranked = c.at("ranked");
    REQUIRE(ranked.size() >= 3);
    std::string top_three;
    bool found = false;
    for (std::size_t i = 0; i < 3; ++i) {
      const std::string aspect = ranked[i].at("aspect");
      top_three += aspect + " (" + ranked[i].at("finding").dump() + ", " +
                   ranked[i].at("metric").dump() + ") ";
      // "stance" is the sentiment aspect's stance toward an actor or a state's side.
      const bool stance = aspect == "sentiment" && ranked[i].at("metric").is_string() &&
                          ranked[i].at("metric").get<std::string>().starts_with("stance:");
      found = found || aspect == expected.at(piece) || (stance && expected.at(piece) == "stance");
    }
    INFO(piece << ": expected " << expected.at(piece) << " in the first three: " << top_three);
    CHECK(found);
    CHECK_THAT(c.at("story").get<std::string>(),
               Catch::StartsWith("Compared with A (" + c.at("a").get<std::string>() + "), B (" +
                                 c.at("b").get<std::string>() + ")"));
  }
}

TEST_CASE("compare opens each pair with its story and lists ranked differences with evidence",
          "[e2e][ranking]") {
  const auto r = run_aspectdiff("compare --no-cache samples/essay.txt "
                                "samples/commentary/hawkish-oped.txt");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto heading = r.out.find("hawkish-oped.txt");
  const auto story =
      r.out.find("Compared with A (samples/essay.txt), B (samples/commentary/hawkish-oped.txt)");
  const auto ranked = r.out.find("Ranked differences");
  REQUIRE(story != std::string::npos);
  REQUIRE(ranked != std::string::npos);
  CHECK(heading < story);
  CHECK(story < ranked);
  CHECK_THAT(r.out.substr(ranked), Catch::Contains("#1 "));
  CHECK_THAT(r.out.substr(ranked), Catch::Contains("A: \u201c") || Catch::Contains("B: \u201c"));
}
