// Validates the writers' JSON against docs/schema/aspectdiff-3.schema.json with Python's
// jsonschema (Debian: python3-jsonschema); skipped with a warning where it is not installed.
#include "report/report.hpp"
#include "sample_runs.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace aspectdiff;
namespace fs = std::filesystem;

namespace {

const char *const schema_path = ASPECTDIFF_TEST_SOURCE_DIR "/docs/schema/aspectdiff-3.schema.json";

bool have_jsonschema() {
  return std::system("python3 -c 'import jsonschema' >/dev/null 2>&1") == 0;
}

// Validates every JSON value in `file` (one document, or one per line when `lines` is true);
// returns the validator's exit status. `quiet` hides the messages of an expected failure.
int validate(const fs::path &file, bool lines, bool quiet = false) {
  const fs::path script = fs::path(file).replace_extension(".py");
  std::ofstream(script) << "import json, sys, jsonschema\n"
                           "schema = json.load(open(sys.argv[1]))\n"
                           "jsonschema.Draft202012Validator.check_schema(schema)\n"
                           "validator = jsonschema.Draft202012Validator(schema)\n"
                           "text = open(sys.argv[2]).read()\n"
                           "values = [json.loads(l) for l in text.splitlines()] if sys.argv[3] == "
                           "'lines' else [json.loads(text)]\n"
                           "errors = [e for v in values for e in validator.iter_errors(v)]\n"
                           "for e in errors[:5]: print(list(e.absolute_path), e.message[:300])\n"
                           "sys.exit(1 if errors or not values else 0)\n";
  const std::string command = "python3 '" + script.string() + "' '" + schema_path + "' '" +
                              file.string() + "' " + (lines ? "lines" : "one") +
                              (quiet ? " >/dev/null 2>&1" : "");
  return std::system(command.c_str());
}

fs::path scratch(const std::string &name) {
  const fs::path dir = fs::temp_directory_path() / "aspectdiff-report-tests";
  fs::create_directories(dir);
  return dir / name;
}

template <typename Write> fs::path write_file(const std::string &name, Write write) {
  const fs::path path = scratch(name);
  std::ofstream out(path, std::ios::binary);
  write(out);
  return path;
}

} // namespace

TEST_CASE("JSON output validates against the documented schema", "[report][schema]") {
  if (!have_jsonschema()) {
    WARN("python3 with jsonschema is not installed (apt-get install python3-jsonschema): "
         "schema validation skipped");
    return;
  }
  const auto extract = write_file("extract.json", [](std::ostream &out) {
    report::write_extract_json(out, report::testing::sample_extract_run());
  });
  const auto compare = write_file("compare.json", [](std::ostream &out) {
    report::write_compare_json(out, report::testing::sample_compare_run());
  });
  const auto lines = write_file("extract.jsonl", [](std::ostream &out) {
    report::write_extract_jsonl(out, report::testing::sample_extract_run());
  });
  // With --evidence-text every span carries its text as a third element.
  const auto quoted = write_file("extract-quoted.jsonl", [](std::ostream &out) {
    report::write_extract_jsonl(out, report::testing::sample_extract_run(), {true});
  });
  const auto compare_quoted = write_file("compare-quoted.json", [](std::ostream &out) {
    report::write_compare_json(out, report::testing::sample_compare_run(), {true});
  });
  // Each detail: items (the default, above), metrics and full.
  const auto metrics_only = write_file("extract-metrics.jsonl", [](std::ostream &out) {
    report::write_extract_jsonl(out, report::testing::sample_extract_run(),
                                {.evidence_text = false, .detail = report::Detail::metrics});
  });
  const auto full = write_file("extract-full.json", [](std::ostream &out) {
    report::write_extract_json(out, report::testing::sample_extract_run(),
                               {.evidence_text = false, .detail = report::Detail::full});
  });
  const auto compare_full = write_file("compare-full.json", [](std::ostream &out) {
    report::write_compare_json(out, report::testing::sample_compare_run(),
                               {.evidence_text = true, .detail = report::Detail::full});
  });
  CHECK(validate(metrics_only, true) == 0);
  CHECK(validate(full, false) == 0);
  CHECK(validate(compare_full, false) == 0);
  CHECK(validate(extract, false) == 0);
  CHECK(validate(compare, false) == 0);
  CHECK(validate(lines, true) == 0); // spans only, read back by the validator
  CHECK(validate(quoted, true) == 0);
  CHECK(validate(compare_quoted, false) == 0);
}

TEST_CASE("the schema rejects output with mistakes", "[report][schema]") {
  if (!have_jsonschema()) {
    WARN("python3 with jsonschema is not installed: schema validation skipped");
    return;
  }
  std::ostringstream good; // full detail, so that labels and kinds are there to break
  report::write_extract_json(good, report::testing::sample_extract_run(),
                             {.evidence_text = false, .detail = report::Detail::full});
  const std::string text = good.str();
  const auto broken = [&](const std::string &name, const std::string &from, const std::string &to) {
    std::string changed = text;
    const auto at = changed.find(from);
    REQUIRE(at != std::string::npos);
    changed.replace(at, from.size(), to);
    return write_file(name, [&](std::ostream &out) { out << changed; });
  };
  CHECK(validate(broken("bad-tag.json", "\"aspectdiff/3\"", "\"aspectdiff/2\""), false, true) != 0);
  CHECK(validate(broken("bad-status.json", "\"status\": \"ok\"", "\"status\": \"fine\""), false,
                 true) != 0);
  CHECK(validate(broken("bad-kind.json", "\"kind\": \"score\"", "\"kind\": \"grade\""), false,
                 true) != 0);
  // Where the kind is written, the value must lie in its range (12.5 is no score).
  CHECK(validate(broken("bad-range.json", "\"kind\": \"rate\"", "\"kind\": \"score\""), false,
                 true) != 0);
  CHECK(validate(broken("bad-detail.json", "\"detail\": \"full\"", "\"detail\": \"most\""), false,
                 true) != 0);

  // Spans: two offsets, or three elements with the text as a string.
  std::ostringstream lines;
  report::write_extract_jsonl(lines, report::testing::sample_extract_run());
  const auto broken_line = [&](const std::string &name, const std::string &from,
                               const std::string &to) {
    std::string changed = lines.str();
    const auto at = changed.find(from);
    REQUIRE(at != std::string::npos);
    changed.replace(at, from.size(), to);
    return write_file(name, [&](std::ostream &out) { out << changed; });
  };
  CHECK(validate(broken_line("bad-span.jsonl", "\"evidence\":[[0,5]]", "\"evidence\":[[0,5,1]]"),
                 true, true) != 0);
  CHECK(validate(broken_line("short-span.jsonl", "\"evidence\":[[0,5]]", "\"evidence\":[[0]]"),
                 true, true) != 0);
}
