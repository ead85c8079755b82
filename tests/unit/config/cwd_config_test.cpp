// A ./aspectdiff.toml found in the working directory (running inside a downloaded corpus, say)
// may add plugin directories only when the user owns it and no one else can write it; relative
// directories are resolved against the file, not against wherever the plugins are loaded from.
#include "config/config.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include <unistd.h>

using namespace aspectdiff::config;
namespace fs = std::filesystem;

namespace {

// Runs `body` with a scratch working directory holding an aspectdiff.toml that adds ".".
class CorpusFolder {
public:
  explicit CorpusFolder(const std::string &name)
      : dir_(fs::temp_directory_path() /
             ("aspectdiff-cwd-" + name + "-" + std::to_string(::getpid()))),
        previous_(fs::current_path()) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::ofstream(dir_ / "aspectdiff.toml") << "plugin_dirs = [\".\", \"sub\"]\n"
                                               "allow_insecure_plugins = true\n";
    fs::permissions(dir_ / "aspectdiff.toml", fs::perms::owner_read | fs::perms::owner_write |
                                                  fs::perms::group_read | fs::perms::others_read);
    fs::current_path(dir_);
  }
  ~CorpusFolder() {
    fs::current_path(previous_);
    fs::remove_all(dir_);
  }
  const fs::path &dir() const { return dir_; }

private:
  fs::path dir_, previous_;
};

bool warned_c020(const Config &c) {
  return std::any_of(c.warnings.begin(), c.warnings.end(),
                     [](const std::string &w) { return w.starts_with("[C020]"); });
}

} // namespace

TEST_CASE("a working-directory config the user owns adds its folder, resolved absolutely",
          "[config][safety]") {
  CorpusFolder folder("owned");
  const auto c = load_config(std::nullopt);
  REQUIRE(c.plugin_dirs.size() == 2);
  CHECK(c.plugin_dirs[0] == fs::canonical(folder.dir()));
  CHECK(c.plugin_dirs[1] == fs::canonical(folder.dir()) / "sub");
  CHECK(c.allow_insecure_plugins);
  CHECK_FALSE(warned_c020(c));
}

TEST_CASE("a working-directory config others can write adds no plugin folder", "[config][safety]") {
  CorpusFolder folder("writable");
  fs::permissions("aspectdiff.toml", fs::perms::others_write, fs::perm_options::add);
  const auto c = load_config(std::nullopt);
  CHECK(c.plugin_dirs.empty());
  CHECK_FALSE(c.allow_insecure_plugins);
  CHECK(warned_c020(c));
  // Named explicitly, the user vouches for it.
  CHECK(load_config(fs::path("aspectdiff.toml")).plugin_dirs.size() == 2);
}

TEST_CASE("a working-directory config owned by another user adds no plugin folder",
          "[config][safety]") {
  if (::geteuid() != 0) {
    WARN("not root: cannot give the file to another user; skipped");
    return;
  }
  CorpusFolder folder("foreign");
  REQUIRE(::chown("aspectdiff.toml", 65534, 65534) == 0); // nobody
  const auto c = load_config(std::nullopt);
  CHECK(c.plugin_dirs.empty());
  CHECK(warned_c020(c));
}
