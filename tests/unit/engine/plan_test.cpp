#include "config/config.hpp"
#include "engine/plan.hpp"
#include "model/error.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace aspectdiff;

namespace {

const std::filesystem::path fixtures{ASPECTDIFF_TEST_FIXTURE_DIR};

std::string refusal_code(const engine::Plan &plan, const std::string &name) {
  for (const auto &r : plan.refusals)
    if (r.name == name) return r.code;
  return "";
}

std::vector<std::string> order(const engine::Plan &plan) {
  std::vector<std::string> names;
  for (const auto &s : plan.steps)
    names.push_back(s.plugin->name);
  return names;
}

} // namespace

TEST_CASE("the plan orders plugins by what they require", "[engine][plan]") {
  const auto found = plugins::discover({fixtures});
  const auto config = config::parse_config_text("", "none");
  const auto plan = engine::make_plan(found, config);
  const auto names = order(plan);
  const auto at = [&](const std::string &n) {
    return std::find(names.begin(), names.end(), n) - names.begin();
  };
  REQUIRE(at("counter") < static_cast<long>(names.size()));
  REQUIRE(at("needs_counter") < static_cast<long>(names.size()));
  CHECK(at("counter") < at("needs_counter"));
  const auto *step = plan.find_aspect("after_counter");
  REQUIRE(step != nullptr);
  REQUIRE(step->inputs.size() == 1);
  CHECK(plan.steps[step->inputs[0]].plugin->name == "counter");
}

TEST_CASE("the plan refuses duplicates, unmet and too-old requirements, and cycles",
          "[engine][plan]") {
  const auto found = plugins::discover({fixtures});
  const auto plan = engine::make_plan(found, config::parse_config_text("", "none"));
  CHECK(refusal_code(plan, "duplicate_aspect") == "P008");
  CHECK(refusal_code(plan, "needs_missing") == "P009");
  CHECK(refusal_code(plan, "needs_newer") == "P010");
  CHECK(refusal_code(plan, "cycle_a") == "P011");
  CHECK(refusal_code(plan, "cycle_b") == "P011");
  for (const auto &r : plan.refusals)
    if (r.code == "P009") CHECK_THAT(r.reason, Catch::Contains("requires 'telepathy' >= 1.0.0"));
}

TEST_CASE("a refusal is fatal only when the configuration enables that plugin", "[engine][plan]") {
  const auto found = plugins::discover({fixtures});
  const auto fine = config::parse_config_text("enabled = [\"counter\", \"needs_counter\"]\n", "c");
  CHECK(order(engine::make_plan(found, fine)) ==
        std::vector<std::string>{"counter", "needs_counter"});

  const auto fatal = config::parse_config_text("enabled = [\"needs_missing\"]\n", "c");
  CHECK_THROWS_WITH(engine::make_plan(found, fatal), Catch::Contains("telepathy"));
  const auto broken = config::parse_config_text("enabled = [\"wrong_major\"]\n", "c");
  CHECK_THROWS_WITH(engine::make_plan(found, broken), Catch::Contains("P003"));
  const auto absent = config::parse_config_text("enabled = [\"nowhere\"]\n", "c");
  CHECK_THROWS_WITH(engine::make_plan(found, absent), Catch::Contains("not found"));
}

TEST_CASE("disabled plugins are skipped and what needed them is refused", "[engine][plan]") {
  const auto found = plugins::discover({fixtures});
  const auto config =
      config::parse_config_text("disabled = [\"counter\", \"duplicate_aspect\"]\n", "c");
  const auto plan = engine::make_plan(found, config);
  const auto names = order(plan);
  CHECK(std::find(names.begin(), names.end(), "counter") == names.end());
  CHECK(refusal_code(plan, "needs_counter") == "P009");
  CHECK(std::find(plan.skipped.begin(), plan.skipped.end(), "counter") != plan.skipped.end());
}
