#include "report/markdown_renderer.hpp"
#include "report/report.hpp"
#include "sample_runs.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace aspectdiff;

namespace {

bool contains(const std::string &haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("markdown escapes characters that would break tables or formatting", "[report]") {
  CHECK(report::escape_markdown("a | b") == "a \\| b");
  CHECK(report::escape_markdown("*x* _y_ <z>") == "\\*x\\* \\_y\\_ \\<z\\>");
  CHECK(report::escape_markdown("line\nbreak") == "line break");
}

TEST_CASE("markdown table cells escape pipes", "[report]") {
  auto run = report::testing::sample_compare_run();
  run.comparisons[0].aspects[0].only_a[0].label = "Oil | gas";
  report::ReportOptions options;
  std::ostringstream out;
  report::write_compare_markdown(out, run, options);
  const auto text = out.str();
  CHECK(contains(text, "| Oil \\| gas |"));
  // Every table row has as many unescaped pipes as its header.
  std::istringstream in(text);
  std::size_t expected = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] != '|') {
      expected = 0;
      continue;
    }
    std::size_t pipes = 0;
    for (std::size_t i = 0; i < line.size(); ++i)
      if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++pipes;
    if (expected == 0) expected = pipes;
    CHECK(pipes == expected);
  }
}

TEST_CASE("markdown compare has headings, aligned tables and quoted evidence", "[report]") {
  report::ReportOptions options;
  options.evidence = true;
  options.color = true; // ignored: Markdown has no colour
  std::ostringstream out;
  report::write_compare_markdown(out, report::testing::sample_compare_run(), options);
  const auto text = out.str();
  CHECK(text.rfind("# aspectdiff compare", 0) == 0);
  CHECK(contains(text, "## samples/b.txt \u2014 overall similarity 0.812"));
  CHECK(contains(text, "### style \u2014 similarity 0.812"));
  CHECK(contains(text, "| Metric | A | B | \u0394 | 95% CI | p (BH) |  |"));
  CHECK(contains(text, "| --- | ---: | ---: | ---: | ---: | ---: | --- |"));
  CHECK(contains(
      text,
      "> **A:** \u201cThe talks were \u201cwarm\u201d and long.\u201d \u2014 samples/a.txt:1"));
  CHECK(contains(text, "> **B:** \u201cSanctions bite hard.\u201d \u2014 samples/b.txt:1"));
  CHECK(contains(text, "- B is more negative about Russia  *(A 0.10 \u2192 B -0.40, tone)*"));
  CHECK(contains(text, "## Ranking"));
  CHECK(contains(text, "## Problems"));
  CHECK_FALSE(contains(text, "\x1b["));
}

TEST_CASE("markdown extract lists documents, aspects and failures", "[report]") {
  std::ostringstream out;
  report::write_extract_markdown(out, report::testing::sample_extract_run(), {});
  const auto text = out.str();
  CHECK(contains(text, "## samples/a.txt"));
  CHECK(contains(text, "### actors"));
  CHECK(contains(text, "| Vladimir Putin | *person* | 0.60 | 1 |"));
  CHECK(contains(text, "\u201cPipeline \\| politics\u201d"));
  CHECK(contains(text, "**failed**: gazetteer could not be read"));
}
