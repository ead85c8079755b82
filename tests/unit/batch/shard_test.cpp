#include "batch/shard.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace aspectdiff::batch;

TEST_CASE("a shard is written K/N with K counted from zero", "[batch][shard]") {
  const auto s = parse_shard("2/5");
  REQUIRE(s);
  CHECK(s->index == 2);
  CHECK(s->count == 5);
  CHECK(s->to_string() == "2/5");
  CHECK_FALSE(parse_shard("5/5"));
  CHECK_FALSE(parse_shard("0/0"));
  CHECK_FALSE(parse_shard("1"));
  CHECK_FALSE(parse_shard("a/3"));
  CHECK_FALSE(parse_shard("1/3x"));
  CHECK_FALSE(parse_shard("-1/3"));
}

TEST_CASE("every id falls in exactly one shard and the shares are even", "[batch][shard]") {
  const std::uint32_t n = 4;
  std::vector<unsigned> counts(n, 0);
  for (int i = 0; i < 4000; ++i) {
    const std::string id = "article-" + std::to_string(i);
    unsigned owners = 0;
    for (std::uint32_t k = 0; k < n; ++k)
      if (Shard{k, n}.takes(id)) {
        ++owners;
        ++counts[k];
      }
    REQUIRE(owners == 1);
  }
  for (const auto c : counts) {
    CHECK(c > 850);
    CHECK(c < 1150);
  }
  CHECK(Shard{}.takes("anything"));
}

TEST_CASE("the shard of an id does not depend on the process", "[batch][shard]") {
  // xxHash64 with seed 0 of "abc" is a published test vector.
  CHECK(key_hash("abc") == 0x44bc2cf5ad770999ull);
}
