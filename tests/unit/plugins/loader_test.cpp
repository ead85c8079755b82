#include "plugins/descriptor_check.hpp"
#include "plugins/discovery.hpp"
#include "plugins/version.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <variant>

using namespace aspectdiff::plugins;

namespace {

const std::filesystem::path fixtures{ASPECTDIFF_TEST_FIXTURE_DIR};

Refusal refusal_of(const std::string &file) {
  auto loaded = load_plugin_file(fixtures / file);
  REQUIRE(std::holds_alternative<Refusal>(loaded));
  return std::get<Refusal>(loaded);
}

} // namespace

TEST_CASE("versions parse and order", "[plugins]") {
  CHECK(parse_version("1.2.3") == Version{1, 2, 3});
  CHECK(parse_version("2") == Version{2, 0, 0});
  CHECK(parse_version("1.0.0-beta") == Version{1, 0, 0});
  CHECK_FALSE(parse_version("one").has_value());
  CHECK_FALSE(parse_version("1..2").has_value());
  CHECK_FALSE(parse_version("1.2.3.4").has_value());
  CHECK(*parse_version("1.10") > *parse_version("1.9.9"));
}

TEST_CASE("each broken plugin is refused with its own reason", "[plugins]") {
  const auto check = [](const std::string &file, const std::string &code, const std::string &says) {
    INFO(file);
    const auto r = refusal_of(file);
    CHECK(r.code == code);
    CHECK_THAT(r.reason, Catch::Contains(says));
    CHECK_THAT(r.message(), Catch::Contains(file));
  };
  check("not_a_library.so", "P001", "not a loadable shared library");
  check("no_entry.so", "P002", "aspectdiff_plugin_no_entry_v1");
  check("wrong_major.so", "P003", "rebuild the plugin");
  check("newer_minor.so", "P004", "newer than this host");
  check("small_struct.so", "P005", "16 bytes");
  check("empty_aspect.so", "P006", "empty aspect");
  check("name_mismatch.so", "P007", "someone_else");
  check("bad_version.so", "P014", "one point oh");
}

TEST_CASE("a good plugin loads with its descriptor read", "[plugins]") {
  auto loaded = load_plugin_file(fixtures / "needs_counter.so");
  REQUIRE(std::holds_alternative<std::shared_ptr<const LoadedPlugin>>(loaded));
  const auto &p = *std::get<std::shared_ptr<const LoadedPlugin>>(loaded);
  CHECK(p.name == "needs_counter");
  CHECK(p.aspect == "after_counter");
  REQUIRE(p.requires_list.size() == 1);
  CHECK(p.requires_list[0].aspect == "counter");
  CHECK(p.requires_list[0].min_version == Version{2, 0, 0});
  CHECK(p.handles_language("fr"));
}

TEST_CASE("discovery loads the good files and explains the others", "[plugins]") {
  const auto found = discover({fixtures});
  const auto loaded = [&](const std::string &name) {
    return std::any_of(found.plugins.begin(), found.plugins.end(),
                       [&](const auto &p) { return p->name == name; });
  };
  CHECK(loaded("counter"));
  CHECK(loaded("throws"));
  CHECK(loaded("duplicate_aspect")); // refused later, by the plan
  CHECK_FALSE(loaded("wrong_major"));
  CHECK(found.refusals.size() >= 8);
}

TEST_CASE("the same plugin name later in the search path is refused as a duplicate", "[plugins]") {
  const auto second = std::filesystem::temp_directory_path() / "aspectdiff-dup-test";
  std::filesystem::create_directories(second);
  std::filesystem::copy_file(fixtures / "counter.so", second / "counter.so",
                             std::filesystem::copy_options::overwrite_existing);
  const auto found = discover({fixtures, second});
  CHECK(std::count_if(found.plugins.begin(), found.plugins.end(),
                      [](const auto &p) { return p->name == "counter"; }) == 1);
  const auto dup = std::find_if(found.refusals.begin(), found.refusals.end(),
                                [](const Refusal &r) { return r.code == "P008"; });
  REQUIRE(dup != found.refusals.end());
  CHECK(dup->path == second / "counter.so");
  std::filesystem::remove_all(second);
}

TEST_CASE("the search path never includes the current directory by default", "[plugins]") {
  const auto dirs = plugin_search_path({}, {});
  const auto cwd = std::filesystem::current_path();
  CHECK(std::find(dirs.begin(), dirs.end(), cwd) == dirs.end());
}
