#include "compare/similarity.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace aspectdiff;
using compare::diff_items;
using compare::item_similarity;
using compare::metric_distance;
using model::Item;
using model::MetricKind;

namespace {
Item item(const char *key, double weight, std::uint64_t count = 1) {
  Item it;
  it.key = key;
  it.weight = weight;
  it.count = count;
  return it;
}
double items_sim(const std::vector<Item> &a, const std::vector<Item> &b) {
  return item_similarity(diff_items(a, b, 0)).value();
}
} // namespace

TEST_CASE("similarity: items by weighted Jaccard of shares", "[compare][similarity]") {
  const std::vector<Item> a{item("x", 0.5), item("y", 0.5)};
  CHECK(items_sim(a, a) == Approx(1.0));
  // Same shares at twice the scale: identical in this respect.
  CHECK(items_sim(a, {item("x", 1.0), item("y", 1.0)}) == Approx(1.0));
  // Equal weights reduce to the plain Jaccard index of the key sets: {x,y} vs {x,z} = 1/3.
  CHECK(items_sim(a, {item("x", 0.5), item("z", 0.5)}) == Approx(1.0 / 3.0));
  CHECK(items_sim(a, {item("z", 1.0)}) == Approx(0.0));
  // Shares 0.5/0.5 against 0.9/0.1: overlap 0.6, union 1.4.
  CHECK(items_sim(a, {item("x", 0.9), item("y", 0.1)}) == Approx(0.6 / 1.4));
}

TEST_CASE("similarity: opposite signs share nothing", "[compare][similarity]") {
  CHECK(items_sim({item("russia", 0.5)}, {item("russia", -0.5)}) == Approx(0.0));
  CHECK(items_sim({item("russia", -0.5), item("china", 0.5)},
                  {item("russia", -0.5), item("china", 0.5)}) == Approx(1.0));
}

TEST_CASE("similarity: zero weights fall back to counts, then presence", "[compare][similarity]") {
  // Counts 3:1 against 1:3: shares .75/.25 vs .25/.75, overlap .5, union 1.5.
  CHECK(items_sim({item("x", 0, 3), item("y", 0, 1)}, {item("x", 0, 1), item("y", 0, 3)}) ==
        Approx(1.0 / 3.0));
  // Presence: shares .5/.5 against 1/0, overlap .5, union 1.5.
  CHECK(items_sim({item("x", 0, 0), item("y", 0, 0)}, {item("x", 0, 0)}) == Approx(1.0 / 3.0));
}

TEST_CASE("similarity: empty item sets", "[compare][similarity]") {
  CHECK_FALSE(item_similarity(diff_items({}, {}, 0)).has_value());
  CHECK(items_sim({item("x", 1)}, {}) == 0.0);
}

TEST_CASE("similarity: metric distance by kind", "[compare][similarity]") {
  CHECK(metric_distance(MetricKind::score, -1.0, 1.0) == Approx(1.0));
  CHECK(metric_distance(MetricKind::score, 0.2, 0.4) == Approx(0.1));
  CHECK(metric_distance(MetricKind::proportion, 0.2, 0.5) == Approx(0.3));
  CHECK(metric_distance(MetricKind::rate, 10.0, 5.0) == Approx(0.5));
  CHECK(metric_distance(MetricKind::count, 0.0, 0.0) == 0.0);
  CHECK(metric_distance(MetricKind::value, -2.0, 2.0) == 1.0); // relative gap 2, capped
  CHECK(metric_distance(MetricKind::value, 1.0, std::nan("")) == 1.0);
}

TEST_CASE("similarity: combining items and metrics", "[compare][similarity]") {
  CHECK(compare::combine_similarity(0.4, 0.8) == Approx(0.6));
  CHECK(compare::combine_similarity(0.4, std::nullopt) == 0.4);
  CHECK(compare::combine_similarity(std::nullopt, 0.8) == 0.8);
  CHECK(compare::combine_similarity(std::nullopt, std::nullopt) == 1.0);
  CHECK_FALSE(compare::metric_similarity({}).has_value());
}
