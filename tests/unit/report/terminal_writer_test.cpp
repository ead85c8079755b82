#include "report/report.hpp"
#include "report/text_width.hpp"
#include "sample_runs.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

using namespace aspectdiff;

namespace {

std::string compare_terminal(const report::ReportOptions &options) {
  std::ostringstream out;
  report::write_compare_terminal(out, report::testing::sample_compare_run(), options);
  return out.str();
}

std::string extract_terminal(const report::ReportOptions &options) {
  std::ostringstream out;
  report::write_extract_terminal(out, report::testing::sample_extract_run(), options);
  return out.str();
}

std::vector<std::string> lines_of(const std::string &text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

bool contains(const std::string &haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("terminal output uses colour codes only when enabled", "[report]") {
  report::ReportOptions options;
  options.evidence = true;
  CHECK_FALSE(contains(compare_terminal(options), "\x1b["));
  CHECK_FALSE(contains(extract_terminal(options), "\x1b["));
  options.color = true;
  CHECK(contains(compare_terminal(options), "\x1b[1m"));
  CHECK(contains(extract_terminal(options), "\x1b[0m"));
}

TEST_CASE("terminal compare shows similarities, deltas, item lists, findings and ranking",
          "[report]") {
  const auto text = compare_terminal({});
  CHECK(contains(text, "reference: samples/a.txt"));
  CHECK(contains(text, "overall similarity 0.812"));
  CHECK(contains(text, "Mean sentence length in words"));
  CHECK(contains(text, "-2.50"));
  CHECK(contains(text, "[-4.00, -1.00]"));
  CHECK(contains(text, "\u2248 noise")); // the tone delta's interval holds 0
  CHECK(contains(text, "-12.5 pp"));
  CHECK(contains(text, "Only in A"));
  CHECK(contains(text, "Energy deals"));
  CHECK(contains(text, "Only in B"));
  CHECK(contains(text, "Largest shared shifts"));
  CHECK(contains(text, "+0.40"));
  CHECK(contains(text, "B is more negative about Russia"));
  CHECK(contains(text, "not comparable"));
  CHECK(contains(text, "Ranking"));
  // Without --evidence no sentence is quoted.
  CHECK_FALSE(contains(text, "\u201cThe talks"));
}

TEST_CASE("terminal compare quotes evidence sentences from both sides with their line",
          "[report]") {
  report::ReportOptions options;
  options.evidence = true;
  const auto text = compare_terminal(options);
  CHECK(
      contains(text, "A: \u201cThe talks were \u201cwarm\u201d and long.\u201d (samples/a.txt:1)"));
  CHECK(contains(text, "B: \u201cSanctions bite hard.\u201d (samples/b.txt:1)"));
  CHECK(contains(text, "A: \u201cEnergy deals were signed.\u201d (samples/a.txt:2)"));
  CHECK(contains(text, "B: \u201cThe pipeline is stalled.\u201d (samples/b.txt:2)"));
}

TEST_CASE("failed aspects and run errors are listed at the end", "[report]") {
  for (const auto &text : {compare_terminal({}), extract_terminal({})}) {
    const auto problems = text.find("Problems");
    REQUIRE(problems != std::string::npos);
    const auto tail = text.substr(problems);
    CHECK(contains(tail, "2 failed"));
    CHECK(contains(tail, "I003 samples/missing.txt: samples/missing.txt: no such file"));
    CHECK(contains(tail, "failed samples/b.txt [actors]: gazetteer could not be read"));
  }
}

TEST_CASE("terminal tables align columns by display width", "[report]") {
  auto run = report::testing::sample_extract_run();
  auto &items = run.results[0].aspects[1].items;
  items[0].label = "\u041f\u0443\u0442\u0438\u043d"; // Путин: 5 columns, 10 bytes
  items[1].label = "\u4e60\u8fd1\u5e73";             // 习近平: 6 columns, 9 bytes
  items.push_back({"kremlin", "Kremlin", "institution", 0.1, 1, {}, {}});
  std::ostringstream out;
  report::write_extract_terminal(out, run, {});
  const auto lines = lines_of(out.str());

  // In the items table the Category column starts at the same column on every row.
  std::vector<std::size_t> starts;
  for (const auto &line : lines)
    for (std::string_view category : {"person", "institution"})
      if (const auto at = line.find(category); at != std::string::npos && contains(line, "0."))
        starts.push_back(report::display_width(line.substr(0, at)));
  REQUIRE(starts.size() == 3);
  CHECK(starts[0] == starts[1]);
  CHECK(starts[1] == starts[2]);
}

TEST_CASE("terminal tables fit the width and lists stop at max_items", "[report]") {
  auto run = report::testing::sample_extract_run();
  auto &items = run.results[0].aspects[1].items;
  for (int i = 0; i < 20; ++i)
    items.push_back({"k" + std::to_string(i), std::string(150, 'w'), "theme", 0.01, 1, {}, {}});
  report::ReportOptions options;
  options.width = 60;
  options.max_items = 5;
  std::ostringstream out;
  report::write_extract_terminal(out, run, options);
  for (const auto &line : lines_of(out.str()))
    CHECK(report::display_width(line) <= 60);
  CHECK(contains(out.str(), "top 5 of 22"));
  CHECK(contains(out.str(), "\u2026 and 17 more"));
}

TEST_CASE("extract terminal shows metrics by kind, items and notes", "[report]") {
  const auto text = extract_terminal({});
  CHECK(contains(text, "samples/a.txt"));
  CHECK(contains(text, "19 words"));
  CHECK(contains(text, "12.5%"));
  CHECK(contains(text, "-0.250"));
  CHECK(contains(text, "12.5 /1k words"));
  CHECK(contains(text, "n/a"));
  CHECK(contains(text, "Vladimir Putin"));
  CHECK(contains(text, "role=leader, country=RU"));
  CHECK(contains(text, "2 actors found"));
  CHECK(contains(text, "failed: gazetteer could not be read"));
}

TEST_CASE("unscored aspects are reported as not scored, not as failures", "[report]") {
  auto run = report::testing::sample_extract_run();
  auto &style = run.results[1].aspects[0];
  style.status = model::ResultStatus::unscored;
  style.error = "language 'de' is not handled";
  std::ostringstream out;
  report::write_extract_terminal(out, run, {});
  const auto text = out.str();
  CHECK(contains(text, "not scored: language 'de' is not handled"));
  CHECK(contains(text, "2 failed, 1 not scored"));
  CHECK(contains(text, "unscored samples/b.txt [style]: language 'de' is not handled"));
}

TEST_CASE("long lines wrap at the terminal width", "[report]") {
  auto run = report::testing::sample_extract_run();
  run.errors[0].message =
      std::string(30, 'x') + " " + std::string(30, 'y') + " " + std::string(30, 'z');
  report::ReportOptions options;
  options.width = 50;
  std::ostringstream out;
  report::write_extract_terminal(out, run, options);
  for (const auto &line : lines_of(out.str()))
    CHECK(report::display_width(line) <= 50);
  CHECK(contains(out.str(), "\n  " + std::string(30, 'y')));
}

TEST_CASE("interval columns appear only when some delta has an interval", "[report]") {
  auto run = report::testing::sample_compare_run();
  for (auto &d : run.comparisons[0].aspects[0].metrics)
    d.interval.reset();
  std::ostringstream out;
  report::write_compare_terminal(out, run, {});
  CHECK_FALSE(contains(out.str(), "95% CI"));
  CHECK_FALSE(contains(out.str(), "noise"));
  CHECK(contains(compare_terminal({}), "95% CI"));
}

TEST_CASE("control characters in labels and messages never reach the terminal", "[report]") {
  auto run = report::testing::sample_extract_run();
  run.results[0].aspects[1].items[0].label = "Evil\x1b[2Jlabel";
  run.errors[0].message = "two\nlines";
  std::ostringstream out;
  report::write_extract_terminal(out, run, {});
  CHECK_FALSE(contains(out.str(), "\x1b"));
  CHECK(contains(out.str(), "Evil [2Jlabel"));
  CHECK(contains(out.str(), "two lines"));
}
