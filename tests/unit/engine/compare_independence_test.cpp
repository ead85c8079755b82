// A comparison of A with B must not depend on what else is compared: the bootstraps keep
// resampled positions and the reference's resampled means per thread, which must only save work.
// The essay is compared with one commentary piece on a fresh thread, then again after the thread
// has compared it with every other piece (and the pieces with each other), and on two threads
// among all of them; every interval, p value, rank, finding and label must be the same.
#include "engine/engine.hpp"
#include "engine/parallel.hpp"
#include "text/ingest.hpp"

#include "../../support/engine_options.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

using namespace aspectdiff;
namespace fs = std::filesystem;

namespace {

std::string number(double v) {
  char buf[32];
  const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  return {buf, end};
}

// Everything a comparison reports that a bootstrap feeds, one line each.
std::vector<std::string> lines_of(const model::Comparison &c) {
  std::vector<std::string> out{c.a_id + " " + c.b_id + " overall " + number(c.overall)};
  for (const auto &aspect : c.aspects) {
    out.push_back(aspect.aspect + " similarity " + number(aspect.similarity));
    for (const auto &d : aspect.metrics) {
      std::string line = aspect.aspect + " metric " + d.name + " " + number(d.delta);
      if (d.interval)
        line += " [" + number(d.interval->low) + ", " + number(d.interval->high) + "] " +
                (d.interval->distinguishable ? "apart" : "not apart");
      line += " p " + number(d.p_value) + " " + number(d.p_adjusted) + " rank " +
              std::to_string(d.standing.rank) + " strength " + number(d.standing.strength);
      out.push_back(line);
    }
    for (const auto &f : aspect.findings)
      out.push_back(aspect.aspect + " finding " + f.key + " " + number(f.magnitude) + " rank " +
                    std::to_string(f.standing.rank) + " " + f.label);
  }
  return out;
}

std::vector<model::Document> samples() {
  const fs::path source_dir(ASPECTDIFF_TEST_SOURCE_DIR);
  std::vector<fs::path> paths{source_dir / "samples/essay.txt"};
  for (const auto &entry : fs::directory_iterator(source_dir / "samples/commentary"))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin() + 1, paths.end());
  std::vector<model::Document> docs;
  for (const auto &path : paths)
    text::read_input(
        path.string(), text::InputFormat::text,
        [&](model::Document &&doc) {
          doc.id = path.filename().string();
          docs.push_back(std::move(doc));
        },
        [](text::InputError &&error) { FAIL(error.to_string()); });
  return docs;
}

} // namespace

TEST_CASE("compare: A against B is the same alone, among many documents and on two threads",
          "[compare][engine]") {
  const auto config = config::parse_config_text("", "test");
  const engine::Engine engine(config, testing::built_plugins(2));
  const auto docs = samples();
  REQUIRE(docs.size() >= 4);
  const auto results = engine.analyse_all(docs);
  const std::size_t piece = 2; // the essay (0) against one commentary piece
  const auto compare = [&](std::size_t a, std::size_t b) {
    return lines_of(engine.compare(docs[a], results[a], docs[b], results[b]));
  };

  std::vector<std::string> alone;
  std::thread([&] { alone = compare(0, piece); }).join();
  REQUIRE(alone.size() > 20);

  // This thread first compares everything else, in both directions.
  for (std::size_t a = 0; a < docs.size(); ++a)
    for (std::size_t b = 0; b < docs.size(); ++b)
      if (a != b && !(a == 0 && b == piece)) compare(a, b);
  CHECK(compare(0, piece) == alone);

  // The essay against every piece on two threads, the pair in question among them.
  std::vector<std::vector<std::string>> each(docs.size());
  engine::parallel_for(docs.size() - 1, 2, [&](std::size_t i) { each[i + 1] = compare(0, i + 1); });
  CHECK(each[piece] == alone);
}
