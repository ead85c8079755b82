// A plugin directory or file that every user may write is refused, naming the path and the fix,
// unless allow_insecure_plugins says to load it anyway.
#include "plugins/discovery.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace aspectdiff::plugins;
namespace fs = std::filesystem;

namespace {

// A private directory holding a copy of the working `counter` fixture.
fs::path plugin_folder(const std::string &name) {
  const auto dir =
      fs::temp_directory_path() / ("aspectdiff-safety-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                           fs::perms::others_read | fs::perms::others_exec);
  fs::copy_file(fs::path(ASPECTDIFF_TEST_FIXTURE_DIR) / "counter.so", dir / "counter.so");
  fs::permissions(dir / "counter.so",
                  fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read);
  return dir;
}

} // namespace

TEST_CASE("a plugin folder and file that only their owner may write are loaded",
          "[plugins][safety]") {
  const auto dir = plugin_folder("safe");
  const auto found = discover({dir});
  CHECK(found.plugins.size() == 1);
  CHECK(found.refusals.empty());
  fs::remove_all(dir);
}

TEST_CASE("a world-writable plugin folder is refused with the path and the fix",
          "[plugins][safety]") {
  const auto dir = plugin_folder("folder");
  fs::permissions(dir, fs::perms::others_write, fs::perm_options::add);
  const auto found = discover({dir});
  CHECK(found.plugins.empty());
  REQUIRE(found.refusals.size() == 1);
  const auto &r = found.refusals[0];
  CHECK(r.code == "P016");
  CHECK(r.path == dir);
  CHECK_THAT(r.message(), Catch::Contains(dir.string()) && Catch::Contains("chmod o-w") &&
                              Catch::Contains("allow_insecure_plugins"));
  CHECK(discover({dir}, true).plugins.size() == 1); // allow_insecure_plugins = true
  fs::remove_all(dir);
}

TEST_CASE("a world-writable plugin file is refused with the path and the fix",
          "[plugins][safety]") {
  const auto dir = plugin_folder("file");
  fs::permissions(dir / "counter.so", fs::perms::others_write, fs::perm_options::add);
  const auto found = discover({dir});
  CHECK(found.plugins.empty());
  REQUIRE(found.refusals.size() == 1);
  CHECK(found.refusals[0].code == "P017");
  CHECK(found.refusals[0].name == "counter");
  CHECK_THAT(found.refusals[0].message(),
             Catch::Contains((dir / "counter.so").string()) && Catch::Contains("chmod o-w"));
  CHECK(discover({dir}, true).plugins.size() == 1);
  fs::remove_all(dir);
}
