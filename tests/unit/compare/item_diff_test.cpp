#include "compare/item_diff.hpp"

#include <catch2/catch.hpp>

#include <vector>

using aspectdiff::compare::diff_items;
using aspectdiff::model::Item;

namespace {
Item item(const char *key, double weight, std::uint64_t count,
          std::vector<aspectdiff_span> evidence = {}) {
  Item it;
  it.key = key;
  it.label = std::string("label ") + key;
  it.category = "actor";
  it.weight = weight;
  it.count = count;
  it.evidence = std::move(evidence);
  return it;
}
} // namespace

TEST_CASE("item diff: keys split into only A, only B and shared", "[compare][items]") {
  const std::vector<Item> a{item("putin", 0.5, 10, {{0, 5}}), item("xi", 0.3, 6),
                            item("nato", 0.2, 2)};
  const std::vector<Item> b{item("xi", 0.6, 12, {{10, 12}}), item("putin", 0.1, 1),
                            item("biden", 0.3, 4)};
  const auto sets = diff_items(a, b, 3);

  REQUIRE(sets.only_a.size() == 1);
  CHECK(sets.only_a[0].key == "nato");
  CHECK(sets.only_a[0].in_a);
  CHECK_FALSE(sets.only_a[0].in_b);
  CHECK(sets.only_a[0].weight_b == 0.0);

  REQUIRE(sets.only_b.size() == 1);
  CHECK(sets.only_b[0].key == "biden");
  CHECK(sets.only_b[0].weight_b == 0.3);
  CHECK(sets.only_b[0].count_b == 4);
  CHECK(sets.only_b[0].label == "label biden");

  REQUIRE(sets.shared.size() == 2);
  // putin changes by -0.4, xi by +0.3: the larger change comes first.
  CHECK(sets.shared[0].key == "putin");
  CHECK(sets.shared[0].weight_a == 0.5);
  CHECK(sets.shared[0].weight_b == 0.1);
  CHECK(sets.shared[0].count_a == 10);
  CHECK(sets.shared[0].count_b == 1);
  CHECK(sets.shared[0].evidence_a.size() == 1);
  CHECK(sets.shared[0].evidence_b.empty());
  CHECK(sets.shared[1].key == "xi");
  REQUIRE(sets.shared[1].evidence_b.size() == 1);
  CHECK(sets.shared[1].evidence_b[0].begin == 10);
  CHECK(sets.shared[1].in_a);
  CHECK(sets.shared[1].in_b);
}

TEST_CASE("item diff: a repeated key is merged and evidence is capped", "[compare][items]") {
  const std::vector<Item> a{item("gas", 1.0, 2, {{0, 1}, {2, 3}}),
                            item("gas", 2.0, 3, {{4, 5}, {6, 7}})};
  const std::vector<Item> b{item("gas", 1.0, 1, {{0, 1}, {1, 2}, {2, 3}, {3, 4}})};
  const auto sets = diff_items(a, b, 3);
  CHECK(sets.only_a.empty());
  CHECK(sets.only_b.empty());
  REQUIRE(sets.shared.size() == 1);
  CHECK(sets.shared[0].weight_a == 3.0);
  CHECK(sets.shared[0].count_a == 5);
  REQUIRE(sets.shared[0].evidence_a.size() == 3);
  CHECK(sets.shared[0].evidence_a[2].begin == 4);
  CHECK(sets.shared[0].evidence_b.size() == 3);
}

TEST_CASE("item diff: orderings are by size, ties by key", "[compare][items]") {
  const std::vector<Item> a{item("c", 0.1, 1), item("a", 0.1, 1), item("b", -0.7, 1)};
  const auto sets = diff_items(a, {}, 1);
  REQUIRE(sets.only_a.size() == 3);
  CHECK(sets.only_a[0].key == "b"); // |-0.7| is the largest
  CHECK(sets.only_a[1].key == "a");
  CHECK(sets.only_a[2].key == "c");
  CHECK(sets.only_b.empty());
  CHECK(sets.shared.empty());
}
