// The themes plugin's configuration: a user taxonomy, extra files, and clear errors.
#include "../../support/plugin_harness.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

using aspectdiff::model::AspectResult;
using aspectdiff::testing::make_document;
using aspectdiff::testing::plugin_instance;
using aspectdiff::testing::run_plugin;

std::string write_temp(const std::string &name, const std::string &content) {
  const auto path = std::filesystem::temp_directory_path() / ("aspectdiff_themes_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

const aspectdiff::model::Item *find_item(const AspectResult &r, const std::string &key) {
  for (const auto &it : r.items)
    if (it.key == key) return &it;
  return nullptr;
}

std::string creation_error(const std::string &config) {
  try {
    plugin_instance("themes", config);
  } catch (const std::exception &e) {
    return e.what();
  }
  return "";
}

} // namespace

TEST_CASE("themes: a user taxonomy replaces the built-in one", "[themes]") {
  const auto path = write_temp("food.tsv", "# a tiny taxonomy\n"
                                           "theme\tfood\t-\tFood\tcode=F1\n"
                                           "theme\tfood.fruit\tfood\tFruit\n"
                                           "cue\tfood.fruit\t2\tapple\n"
                                           "cue\tfood.fruit\t3\tblood orange\n"
                                           "cue\tfood\t1\tdinner\n");
  const std::string config = "taxonomy = \"" + path + "\"\nlearned_weights = false\n";
  const auto doc = make_document("Apples and blood oranges after dinner. Sanctions, pipelines.");
  const auto r = run_plugin("themes", doc, config);
  REQUIRE(r.status == aspectdiff::model::ResultStatus::ok);
  const auto *food = find_item(r, "theme:food");
  REQUIRE(food != nullptr);
  CHECK(food->weight == Approx(1.0));
  REQUIRE(food->attribute("code") != nullptr);
  CHECK(*food->attribute("code") == "F1");
  CHECK(food->count == 3); // apple, blood orange (one phrase, not "orange"), dinner
  const auto *fruit = find_item(r, "theme:food.fruit");
  REQUIRE(fruit != nullptr);
  CHECK(*fruit->attribute("parent") == "food");
  // Nothing of the built-in taxonomy is left.
  CHECK(find_item(r, "theme:foreign_trade.sanctions") == nullptr);
}

TEST_CASE("themes: extra files add themes and cues to the built-in taxonomy", "[themes]") {
  const auto path = write_temp("extra.tsv", "theme\tia.arctic\tinternational_affairs\tArctic\n"
                                            "cue\tia.arctic\t3\tnorthern sea route\n"
                                            "cue\tenergy.pipelines\t3\tyamal\n");
  const std::string config = "extra = [\"" + path + "\"]\nlearned_weights = false\n";
  const auto doc = make_document("Ships on the Northern Sea Route carry Yamal gas.");
  const auto r = run_plugin("themes", doc, config);
  REQUIRE(r.status == aspectdiff::model::ResultStatus::ok);
  CHECK(find_item(r, "theme:ia.arctic") != nullptr);
  const auto *pipelines = find_item(r, "theme:energy.pipelines");
  REQUIRE(pipelines != nullptr);
  CHECK(pipelines->attribute("cues")->find("yamal") != std::string::npos);
}

TEST_CASE("themes: a bad taxonomy line is an error naming file and line", "[themes]") {
  const auto bad_weight = write_temp("bad_weight.tsv", "theme\tx\t-\tX\n"
                                                       "\n"
                                                       "cue\tx\tlots\tword\n");
  auto message = creation_error("taxonomy = \"" + bad_weight + "\"\n");
  CHECK(message.find(bad_weight + ":3:") != std::string::npos);
  CHECK(message.find("weight") != std::string::npos);

  const auto unknown = write_temp("unknown.tsv", "theme\tx\t-\tX\ncue\ty\t1\tword\n");
  message = creation_error("taxonomy = \"" + unknown + "\"\n");
  CHECK(message.find(unknown + ":2:") != std::string::npos);
  CHECK(message.find("unknown theme 'y'") != std::string::npos);

  const auto deep = write_temp("deep.tsv", "theme\ta\t-\tA\ntheme\tb\ta\tB\ntheme\tc\tb\tC\n");
  message = creation_error("taxonomy = \"" + deep + "\"\n");
  CHECK(message.find(deep + ":3:") != std::string::npos);

  const auto record = write_temp("record.tsv", "topic\ta\t-\tA\n");
  CHECK(creation_error("taxonomy = \"" + record + "\"\n").find("unknown record") !=
        std::string::npos);
}

TEST_CASE("themes: bad settings are errors, not crashes", "[themes]") {
  CHECK(creation_error("taxonomy = \"/nonexistent/themes.tsv\"\n").find("cannot read") !=
        std::string::npos);
  CHECK(creation_error("min_share = 0.9\n").find("min_share") != std::string::npos);
  CHECK(creation_error("key_phrases = 500\n").find("key_phrases") != std::string::npos);
  CHECK(creation_error("evidence_sentences = -1\n").find("evidence_sentences") !=
        std::string::npos);
  CHECK(creation_error("learned_scale = 1e9\n").find("learned_scale") != std::string::npos);
}
