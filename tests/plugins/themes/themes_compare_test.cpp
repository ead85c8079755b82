// The themes plugin's own comparison: cosine similarity, emphasis findings with evidence from
// both sides, and key phrases shared and unique.
#include "../../support/plugin_harness.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

namespace {

using aspectdiff::model::AspectComparison;
using aspectdiff::model::Finding;
using aspectdiff::testing::make_document;
using aspectdiff::testing::plugin_instance;
using aspectdiff::testing::run_plugin;

AspectComparison compare(const std::string &text_a, const std::string &text_b,
                         const std::string &config = "") {
  const auto a = make_document(text_a, "a.txt");
  const auto b = make_document(text_b, "b.txt");
  const auto ra = run_plugin("themes", a, config);
  const auto rb = run_plugin("themes", b, config);
  AspectComparison out;
  out.aspect = "themes";
  const auto error = plugin_instance("themes", config).compare(a, ra, b, rb, out);
  REQUIRE(error.empty());
  return out;
}

const Finding *find(const AspectComparison &c, const std::string &key) {
  for (const auto &f : c.findings)
    if (f.key == key) return &f;
  return nullptr;
}

const std::string energy_text =
    "The gas pipeline will carry Siberian gas to China. Oil exports and a new gas pipeline "
    "dominate the energy talks. Gas prices and pipeline capacity were agreed.";
const std::string order_text =
    "Both leaders want a multipolar world order. They reject Western hegemony and the "
    "unipolar order. A new balance of power is their aim.";

} // namespace

TEST_CASE("themes compare: a document is identical to itself", "[themes]") {
  const auto c = compare(energy_text, energy_text);
  CHECK(c.similarity == Approx(1.0));
  for (const auto &f : c.findings)
    CHECK(f.category == "shared_key_phrase");
}

TEST_CASE("themes compare: different emphasis, each with evidence from both sides", "[themes]") {
  const auto same_topic = compare(energy_text, energy_text + " " + order_text);
  const auto different = compare(energy_text, order_text);
  CHECK(different.similarity < same_topic.similarity);
  CHECK(different.similarity >= 0.0);
  CHECK(different.similarity < 0.5);

  const Finding *energy = find(different, "emphasis:energy");
  REQUIRE(energy != nullptr);
  CHECK(energy->category == "emphasised_in_a");
  CHECK(energy->value_a > energy->value_b);
  // z-like magnitude, coverage the larger share.
  CHECK(energy->magnitude > 1.0);
  CHECK(energy->coverage == Approx(energy->value_a));
  CHECK_FALSE(energy->evidence_a.empty());
  CHECK(energy->label.find("a.txt gives more weight") == 0);

  const Finding *order = find(different, "emphasis:ia.world_order");
  REQUIRE(order != nullptr);
  CHECK(order->category == "emphasised_in_b");
  CHECK_FALSE(order->evidence_b.empty());

  // Where both sides have the theme, both sides give evidence.
  const Finding *mixed_energy = find(same_topic, "emphasis:energy");
  REQUIRE(mixed_energy != nullptr);
  CHECK_FALSE(mixed_energy->evidence_a.empty());
  CHECK_FALSE(mixed_energy->evidence_b.empty());
}

TEST_CASE("themes compare: the same shift in share is clearer in a longer text", "[themes]") {
  // The same shares from twice as many themed sentences: the magnitude is a z, so it grows
  // by sqrt 2, and the coverage, a share, does not. Without learned weights, whose part of a
  // score depends on the document's length, the shares are exactly the same.
  const std::string hand_only = "learned_weights = false\n";
  const auto short_pair = compare(energy_text + " " + order_text, order_text, hand_only);
  const auto long_pair =
      compare(energy_text + " " + order_text + " " + energy_text + " " + order_text,
              order_text + " " + order_text, hand_only);
  const Finding *short_energy = find(short_pair, "emphasis:energy");
  const Finding *long_energy = find(long_pair, "emphasis:energy");
  REQUIRE(short_energy != nullptr);
  REQUIRE(long_energy != nullptr);
  CHECK(long_energy->value_a == Approx(short_energy->value_a));
  CHECK(long_energy->magnitude == Approx(short_energy->magnitude * std::sqrt(2.0)));
  CHECK(long_energy->coverage == Approx(short_energy->coverage));
}

TEST_CASE("themes compare: key phrases shared and unique", "[themes]") {
  const auto c = compare(energy_text, energy_text + " " + order_text);
  const Finding *shared = find(c, "shared_phrase:gas pipelin");
  REQUIRE(shared != nullptr);
  CHECK_FALSE(shared->evidence_a.empty());
  CHECK_FALSE(shared->evidence_b.empty());
  bool only_b = false;
  for (const auto &f : c.findings)
    if (f.category == "key_phrase_only_b") {
      only_b = true;
      CHECK(f.evidence_a.empty());
      CHECK_FALSE(f.evidence_b.empty());
    }
  CHECK(only_b);
}

TEST_CASE("themes compare: two documents without themes", "[themes]") {
  const auto c = compare("", "");
  CHECK(c.similarity == Approx(1.0));
  CHECK(c.findings.empty());
}
