// Work on speed must not change what is measured: the results of the samples (every metric with
// its evidence and per-sentence values, every item with its attributes and evidence) must equal
// the ones recorded. golden/style_hedging.tsv was written by golden/make_golden.py from a run
// before the first speed work, with hedging alone (no actors), so that it does not depend on the
// actors plugin's own development; golden/all_aspects.tsv, every aspect of a default run, is
// written by this test itself (ASPECTDIFF_UPDATE_GOLDEN=1) and must be rewritten, in the same
// change, when a model or rule is changed on purpose.
#include "engine/engine.hpp"
#include "text/ingest.hpp"

#include "../../support/engine_options.hpp"

#include <catch2/catch.hpp>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace aspectdiff;
namespace fs = std::filesystem;

namespace {

const fs::path source_dir(ASPECTDIFF_TEST_SOURCE_DIR);

std::string number(double v) {
  if (!std::isfinite(v)) return "nan";
  char buf[32];
  const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  return {buf, end};
}

std::string spans(const std::vector<model::Span> &list) {
  std::string out;
  for (const auto &s : list)
    out += (out.empty() ? "" : ",") + std::to_string(s.begin) + "-" + std::to_string(s.end);
  return out;
}

// The lines make_golden.py writes, from results made in this process.
std::vector<std::string> canonical_lines(const std::vector<model::Document> &docs,
                                         const std::vector<model::DocumentResult> &results) {
  std::vector<std::string> lines;
  for (std::size_t d = 0; d < docs.size(); ++d)
    for (const auto &r : results[d].aspects) {
      const std::string head = docs[d].id + "\t" + r.aspect + "\t";
      for (const auto &m : r.metrics) {
        std::string values;
        for (const double v : m.sentence_values)
          values += (values.empty() ? "" : " ") + number(v);
        lines.push_back(head + "metric\t" + m.name + "\t" + m.label + "\t" +
                        model::to_string(m.kind) + "\t" + number(m.value) + "\t" +
                        spans(m.evidence) + "\t" + values);
      }
      for (const auto &it : r.items) {
        std::string attributes;
        for (const auto &[k, v] : it.attributes)
          attributes += (attributes.empty() ? "" : ";") + k + "=" + v;
        lines.push_back(head + "item\t" + it.key + "\t" + it.label + "\t" + it.category + "\t" +
                        number(it.weight) + "\t" + std::to_string(it.count) + "\t" + attributes +
                        "\t" + spans(it.evidence));
      }
    }
  return lines;
}

std::vector<std::string> split(const std::string &text, char separator) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(text);
  while (std::getline(in, field, separator))
    out.push_back(field);
  if (!text.empty() && text.back() == separator) out.emplace_back();
  return out;
}

// Equal as text, or both numbers of the same value (the record writes 14.0 where this writes 14).
bool same_token(const std::string &a, const std::string &b) {
  if (a == b) return true;
  char *end_a = nullptr, *end_b = nullptr;
  const double x = std::strtod(a.c_str(), &end_a), y = std::strtod(b.c_str(), &end_b);
  return !a.empty() && !b.empty() && *end_a == '\0' && *end_b == '\0' && x == y;
}

bool same_line(const std::string &a, const std::string &b) {
  const auto fa = split(a, '\t'), fb = split(b, '\t');
  if (fa.size() != fb.size()) return false;
  for (std::size_t i = 0; i < fa.size(); ++i) {
    const auto ta = split(fa[i], ' '), tb = split(fb[i], ' ');
    if (ta.size() != tb.size()) return false;
    for (std::size_t k = 0; k < ta.size(); ++k)
      if (!same_token(ta[k], tb[k])) return false;
  }
  return true;
}

// The samples: the essay first, then the commentary pieces in name order.
std::vector<model::Document> sample_documents() {
  std::vector<std::string> names{"samples/essay.txt"};
  for (const auto &entry : fs::directory_iterator(source_dir / "samples/commentary"))
    if (entry.path().extension() == ".txt") // the pieces, not their README
      names.push_back("samples/commentary/" + entry.path().filename().string());
  std::sort(names.begin() + 1, names.end());
  std::vector<model::Document> docs;
  for (const auto &name : names)
    text::read_input((source_dir / name).string(), text::InputFormat::text,
                     [&](model::Document &&doc) {
                       doc.id = name;
                       docs.push_back(std::move(doc));
                     },
                     [](text::InputError &&error) { FAIL(error.to_string()); });
  return docs;
}

// Runs the plugins `config` enables over the samples twice on several threads, and compares the
// results with golden/`record`. With ASPECTDIFF_UPDATE_GOLDEN set in the environment the record
// is written instead: for a change that is meant to change results, such as a refitted model.
void check_against_record(const std::string &config_text, const std::string &record) {
  const auto docs = sample_documents();
  const auto config = config::parse_config_text(config_text, "test");
  const engine::Engine engine(config, testing::built_plugins(3));
  // Twice over, on several threads: results must not depend on what a thread analysed before.
  auto twice = docs;
  twice.insert(twice.end(), docs.begin(), docs.end());
  auto results = engine.analyse_all(twice);
  const auto first = canonical_lines(docs, {results.begin(), results.begin() + docs.size()});
  const auto second = canonical_lines(docs, {results.begin() + docs.size(), results.end()});
  CHECK(first == second);

  const auto path = source_dir / "tests/unit/engine/golden" / record;
  if (std::getenv("ASPECTDIFF_UPDATE_GOLDEN") != nullptr) {
    std::ofstream out(path, std::ios::binary);
    for (const auto &line : first)
      out << line << '\n';
    WARN("wrote " << path.string());
    return;
  }
  std::ifstream golden(path);
  REQUIRE(golden);
  std::vector<std::string> expected;
  for (std::string line; std::getline(golden, line);)
    expected.push_back(line);
  REQUIRE(first.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("line " << i + 1 << "\nrecorded: " << expected[i] << "\nnow:      " << first[i]);
    CHECK(same_line(expected[i], first[i]));
  }
}

} // namespace

TEST_CASE("style and hedging results of the samples are as recorded", "[engine][golden]") {
  check_against_record("enabled = [\"style\", \"hedging\"]\n", "style_hedging.tsv");
}

// Every built-in aspect, the actors feeding hedging and sentiment as in a default run: speed work
// on any plugin or on the host's segmentation must leave every metric, item, attribute and span
// as it was.
TEST_CASE("every aspect's results of the samples are as recorded", "[engine][golden]") {
  check_against_record("", "all_aspects.tsv");
}
