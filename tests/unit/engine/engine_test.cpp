#include "engine/engine.hpp"
#include "text/segment.hpp"

#include <catch2/catch.hpp>

using namespace aspectdiff;

namespace {

model::Document doc(std::string id, std::string text) {
  model::Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  text::segment(d);
  return d;
}

engine::EngineOptions fixture_options() {
  engine::EngineOptions o;
  o.plugin_dirs = {ASPECTDIFF_TEST_FIXTURE_DIR};
  o.use_cache = false;
  o.jobs = 2;
  return o;
}

} // namespace

TEST_CASE("a plugin that throws fails only its aspect of that document", "[engine]") {
  const auto config =
      config::parse_config_text("enabled = [\"counter\", \"needs_counter\", \"throws\"]\n", "c");
  const engine::Engine engine(config, fixture_options());
  const std::vector<model::Document> docs{doc("calm", "All is quiet in the garden today."),
                                          doc("loud", "This one will explode on contact.")};
  const auto results = engine.analyse_all(docs);
  REQUIRE(results.size() == 2);
  CHECK(results[0].aspect("throws")->status == model::ResultStatus::ok);
  const auto *failed = results[1].aspect("throws");
  CHECK(failed->status == model::ResultStatus::failed);
  CHECK_THAT(failed->error, Catch::Contains("asked to explode"));
  CHECK_THAT(failed->error, Catch::Contains("loud"));
  // The other aspects of the failing document still ran.
  CHECK(results[1].aspect("counter")->status == model::ResultStatus::ok);
  CHECK(results[1].aspect("after_counter")->status == model::ResultStatus::ok);
}

TEST_CASE("a plugin receives the result of the aspect it requires", "[engine]") {
  const auto config =
      config::parse_config_text("enabled = [\"needs_counter\", \"counter\"]\n", "c");
  const engine::Engine engine(config, fixture_options());
  const auto result = engine.analyse(doc("d", "One two three four five."));
  const auto *words = result.aspect("counter")->metric("words");
  const auto *plus = result.aspect("after_counter")->metric("words_plus_one");
  REQUIRE(words != nullptr);
  REQUIRE(plus != nullptr);
  CHECK(words->value == 5);
  CHECK(plus->value == 6);
}

TEST_CASE("settings reach the plugin and enter its provenance hash", "[engine]") {
  const auto plain = config::parse_config_text("enabled = [\"counter\"]\n", "c");
  const auto shifted =
      config::parse_config_text("enabled = [\"counter\"]\n[plugins.counter]\noffset = 100\n", "c");
  const engine::Engine a(plain, fixture_options());
  const engine::Engine b(shifted, fixture_options());
  const auto d = doc("d", "One two three.");
  CHECK(a.analyse(d).aspect("counter")->metric("words")->value == 3);
  CHECK(b.analyse(d).aspect("counter")->metric("words")->value == 103);
  CHECK(a.plugin_records()[0].config_hash != b.plugin_records()[0].config_hash);
}

TEST_CASE("a plugin that rejects its settings stops the run with its message", "[engine]") {
  const auto config = config::parse_config_text(
      "enabled = [\"rejects_config\"]\n[plugins.rejects_config]\nlimit = -1\n", "c");
  CHECK_THROWS_WITH(engine::Engine(config, fixture_options()),
                    Catch::Contains("limit must not be negative"));
}
