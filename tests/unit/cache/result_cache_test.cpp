#include "cache/result_cache.hpp"

#include "cache_fixtures.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <thread>
#include <vector>

using namespace aspectdiff;
using cache::ResultCache;
using cache::testing::full_result;
using cache::testing::require_same_result;
using cache::testing::ScratchDir;

namespace fs = std::filesystem;

namespace {

const std::string key = "0123456789abcdef0123456789abcdef";

fs::path entry_of(const ResultCache &cache, const std::string &k) {
  return cache.dir() / k.substr(0, 2) / (k + ".adr");
}

std::string read_all(const fs::path &path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_all(const fs::path &path, const std::string &bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

} // namespace

TEST_CASE("result cache: store then load gives the same result, marked as cached",
          "[cache][store]") {
  ScratchDir scratch;
  const ResultCache cache(scratch.path() / "nested" / "cache");
  CHECK_FALSE(fs::exists(cache.dir())); // created on first store only
  CHECK_FALSE(cache.load(key).has_value());

  const auto original = full_result();
  REQUIRE(cache.store(key, original));
  CHECK(fs::is_regular_file(entry_of(cache, key)));
  const auto loaded = cache.load(key);
  REQUIRE(loaded.has_value());
  CHECK(loaded->from_cache);
  require_same_result(original, *loaded);

  // Storing again replaces the entry.
  auto changed = original;
  changed.metrics[0].value = 0.5;
  REQUIRE(cache.store(key, changed));
  CHECK(cache.load(key)->metrics[0].value == 0.5);
}

TEST_CASE("result cache: damaged entries are absent and removed", "[cache][store]") {
  ScratchDir scratch;
  const ResultCache cache(scratch.path());
  REQUIRE(cache.store(key, full_result()));
  const fs::path path = entry_of(cache, key);
  const std::string good = read_all(path);
  REQUIRE(good.size() > 100);

  SECTION("truncated") {
    write_all(path, good.substr(0, good.size() - 1));
  }
  SECTION("truncated inside the header") {
    write_all(path, good.substr(0, 20));
  }
  SECTION("empty") {
    write_all(path, "");
  }
  SECTION("extended") {
    write_all(path, good + "x");
  }
  SECTION("a flipped payload byte") {
    std::string bad = good;
    bad[bad.size() - 10] = static_cast<char>(bad[bad.size() - 10] ^ 0x01);
    write_all(path, bad);
  }
  SECTION("a flipped checksum byte") {
    std::string bad = good;
    bad[30] = bad[30] == 'a' ? 'b' : 'a';
    write_all(path, bad);
  }
  SECTION("a wrong magic") {
    std::string bad = good;
    bad[0] = 'X';
    write_all(path, bad);
  }
  SECTION("a newer format version") {
    std::string bad = good;
    bad[8] = 2;
    write_all(path, bad);
  }
  SECTION("an entry copied under another key") {
    const std::string other = "fedcba9876543210fedcba9876543210";
    fs::create_directories(entry_of(cache, other).parent_path());
    fs::copy_file(path, entry_of(cache, other));
    CHECK_FALSE(cache.load(other).has_value());
    CHECK_FALSE(fs::exists(entry_of(cache, other)));
    return;
  }
  CHECK_FALSE(cache.load(key).has_value());
  CHECK_FALSE(fs::exists(path));
  // The next store repairs it.
  REQUIRE(cache.store(key, full_result()));
  CHECK(cache.load(key).has_value());
}

TEST_CASE("result cache: every single-byte flip of an entry is detected", "[cache][store]") {
  ScratchDir scratch;
  const ResultCache cache(scratch.path());
  REQUIRE(cache.store(key, full_result()));
  const fs::path path = entry_of(cache, key);
  const std::string good = read_all(path);
  for (std::size_t i = 0; i < good.size(); ++i) {
    std::string bad = good;
    bad[i] = static_cast<char>(bad[i] ^ 0x20);
    write_all(path, bad);
    INFO("byte " << i);
    REQUIRE_FALSE(cache.load(key).has_value());
  }
}

TEST_CASE("result cache: keys that are not 32 hex digits are refused", "[cache][store]") {
  ScratchDir scratch;
  const ResultCache cache(scratch.path());
  const std::vector<std::string> bad_keys{"",
                                          "00",
                                          "../../../../etc/passwd",
                                          std::string(32, 'G'),
                                          "0123456789ABCDEF0123456789ABCDEF",
                                          std::string(33, '0')};
  for (const auto &bad : bad_keys) {
    CHECK_FALSE(cache.store(bad, full_result()));
    CHECK_FALSE(cache.load(bad).has_value());
  }
  CHECK_FALSE(fs::exists(scratch.path()));
}

TEST_CASE("result cache: store fails cleanly where it cannot write", "[cache][store]") {
  ScratchDir scratch;
  fs::create_directories(scratch.path());
  write_all(scratch.path() / "file", "not a folder");
  const ResultCache cache(scratch.path() / "file" / "cache");
  CHECK_FALSE(cache.store(key, full_result()));
  CHECK_FALSE(cache.load(key).has_value());
  CHECK(cache.clear() == 0);
}

TEST_CASE("result cache: concurrent stores of one key leave a valid entry", "[cache][store]") {
  ScratchDir scratch;
  const ResultCache cache(scratch.path());
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  std::atomic<int> torn_reads{0};
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      auto result = full_result();
      result.metrics[0].value = t; // each writer's entry is distinguishable
      for (int round = 0; round < 50; ++round) {
        if (!cache.store(key, result)) ++failures;
        // A reader racing the writers sees a whole entry or none, never a damaged one (a
        // damaged one would be removed and reported absent; after the first store it exists).
        if (!cache.load(key)) ++torn_reads;
      }
    });
  for (auto &thread : threads)
    thread.join();
  CHECK(failures == 0);
  CHECK(torn_reads == 0);
  const auto loaded = cache.load(key);
  REQUIRE(loaded.has_value());
  CHECK(loaded->metrics[0].value >= 0.0);
  CHECK(loaded->metrics[0].value < 8.0);
  // No temporary files are left behind.
  std::size_t files = 0;
  for (const auto &entry : fs::recursive_directory_iterator(cache.dir()))
    if (entry.is_regular_file()) ++files;
  CHECK(files == 1);
}

TEST_CASE("result cache: clear removes every entry and nothing else", "[cache][store]") {
  ScratchDir scratch;
  const ResultCache cache(scratch.path());
  CHECK(cache.clear() == 0); // no folder yet
  const std::vector<std::string> keys{key, "ff000000000000000000000000000000",
                                      "ff000000000000000000000000000001"};
  for (const auto &k : keys)
    REQUIRE(cache.store(k, full_result()));
  write_all(scratch.path() / "ff" / ("." + keys[1] + ".123.456.7.tmp"), "left by a crash");
  write_all(scratch.path() / "README", "not ours");
  fs::create_directories(scratch.path() / "ab");
  write_all(scratch.path() / "ab" / "notes.txt", "not ours either");

  CHECK(cache.clear() == 3);
  for (const auto &k : keys)
    CHECK_FALSE(cache.load(k).has_value());
  CHECK_FALSE(fs::exists(scratch.path() / "01"));
  CHECK_FALSE(fs::exists(scratch.path() / "ff"));
  CHECK(fs::exists(scratch.path() / "README"));
  CHECK(fs::exists(scratch.path() / "ab" / "notes.txt"));
  CHECK(cache.clear() == 0);
}

TEST_CASE("result cache: default folder follows XDG_CACHE_HOME, then HOME", "[cache][store]") {
  const char *old_xdg = std::getenv("XDG_CACHE_HOME");
  const char *old_home = std::getenv("HOME");
  const std::string saved_xdg = old_xdg ? old_xdg : "";
  const std::string saved_home = old_home ? old_home : "";

  ::setenv("XDG_CACHE_HOME", "/var/tmp/xdg", 1);
  CHECK(ResultCache::default_dir() == fs::path("/var/tmp/xdg/aspectdiff"));
  ::setenv("XDG_CACHE_HOME", "relative/ignored", 1); // the XDG spec says relative is invalid
  ::setenv("HOME", "/home/someone", 1);
  CHECK(ResultCache::default_dir() == fs::path("/home/someone/.cache/aspectdiff"));
  ::unsetenv("XDG_CACHE_HOME");
  CHECK(ResultCache::default_dir() == fs::path("/home/someone/.cache/aspectdiff"));

  if (old_xdg) ::setenv("XDG_CACHE_HOME", saved_xdg.c_str(), 1);
  if (old_home)
    ::setenv("HOME", saved_home.c_str(), 1);
  else
    ::unsetenv("HOME");
}
