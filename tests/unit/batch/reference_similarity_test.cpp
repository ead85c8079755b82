// Batch compares every document with the references without the host's bootstrap intervals
// and without the plugins' findings (the plugins are told, and skip the work behind them); the
// similarities it reports must be exactly those of a full comparison.
#include "engine/engine.hpp"
#include "text/segment.hpp"

#include "../../support/engine_options.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace aspectdiff;

namespace {

model::Document sample(const std::string &relative) {
  const auto path = std::filesystem::path(ASPECTDIFF_TEST_SOURCE_DIR) / relative;
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  model::Document d;
  d.id = relative;
  d.format = "text";
  d.language = "en";
  d.text = text.str();
  text::segment(d);
  return d;
}

std::size_t interval_count(const model::Comparison &c) {
  std::size_t n = 0;
  for (const auto &aspect : c.aspects)
    for (const auto &delta : aspect.metrics)
      n += delta.interval.has_value() ? 1 : 0;
  return n;
}

std::size_t finding_count(const model::Comparison &c) {
  std::size_t n = 0;
  for (const auto &aspect : c.aspects)
    n += aspect.findings.size();
  return n;
}

} // namespace

TEST_CASE("a similarity-only comparison has no intervals and the same similarities",
          "[batch][compare]") {
  const auto config = config::parse_config_text("", "c");
  const engine::Engine engine(config, testing::built_plugins(1));
  const auto a = sample("samples/essay.txt");
  const auto b = sample("samples/commentary/summit-wire-report.txt");
  const auto ra = engine.analyse(a);
  const auto rb = engine.analyse(b);

  const auto full = engine.compare(a, ra, b, rb);
  const auto quick = engine.compare(a, ra, b, rb, engine::Engine::Detail::similarity_only);
  CHECK(interval_count(full) > 0); // otherwise the check below proves nothing
  CHECK(interval_count(quick) == 0);
  CHECK(finding_count(full) > 0);
  CHECK(finding_count(quick) == 0);
  CHECK(quick.overall == full.overall);
  REQUIRE(quick.aspects.size() == full.aspects.size());
  for (std::size_t i = 0; i < full.aspects.size(); ++i) {
    INFO(full.aspects[i].aspect);
    CHECK(quick.aspects[i].aspect == full.aspects[i].aspect);
    CHECK(quick.aspects[i].comparable == full.aspects[i].comparable);
    CHECK(quick.aspects[i].similarity == full.aspects[i].similarity);
  }
}
