#include "batch/duplicates.hpp"
#include "batch/minhash.hpp"
#include "text/segment.hpp"

#include <catch2/catch.hpp>

using namespace aspectdiff;

namespace {

model::Document doc(std::string text) {
  model::Document d;
  d.text = std::move(text);
  text::segment(d);
  return d;
}

const std::string wire =
    "MOSCOW (Wire) - Russian President Vladimir Putin and Chinese President Xi Jinping signed "
    "a joint statement on Tuesday pledging deeper cooperation in energy, trade and security, "
    "as both leaders sought to present a united front against Western sanctions. The two men "
    "met for more than three hours in the Kremlin, officials said, and agreed to expand the "
    "use of national currencies in bilateral trade. Analysts said the meeting underlined how "
    "far Moscow now depends on Beijing as a buyer of its oil and gas, while China gains "
    "discounted energy and a partner in its rivalry with Washington.";

const std::string other =
    "The city council voted on Monday to extend the opening hours of public libraries during "
    "the winter, after a campaign by parents and students who said that reading rooms were "
    "the only warm and quiet places to study. The measure costs little, the mayor said, and "
    "the new hours begin next month.";

} // namespace

TEST_CASE("a reprint with a new headline has nearly the same signature", "[batch][duplicates]") {
  const auto a = batch::minhash(doc(wire));
  const auto b = batch::minhash(doc("Putin and Xi pledge closer ties\n\n" + wire));
  CHECK(batch::estimated_similarity(a, b) >= 0.8);
  CHECK(batch::estimated_similarity(a, batch::minhash(doc(wire))) == 1.0);
}

TEST_CASE("unrelated texts share almost no signature values", "[batch][duplicates]") {
  const auto a = batch::minhash(doc(wire));
  const auto b = batch::minhash(doc(other));
  CHECK(batch::estimated_similarity(a, b) < 0.1);
}

TEST_CASE("a story with half its text replaced is not a duplicate", "[batch][duplicates]") {
  const auto a = batch::minhash(doc(wire));
  const auto b = batch::minhash(doc(wire.substr(0, wire.find("The two men")) + " " + other));
  CHECK(batch::estimated_similarity(a, b) < 0.7);
}

TEST_CASE("clusters link similar signatures to their earliest member", "[batch][duplicates]") {
  const auto a = batch::minhash(doc(wire));
  const auto b = batch::minhash(doc(other));
  const auto a2 = batch::minhash(doc("Putin and Xi pledge closer ties\n\n" + wire));
  const auto b2 = batch::minhash(doc(other + " A spokesman confirmed the plan."));
  const auto rep = batch::cluster_duplicates({a, b, a2, b2, a}, 0.7);
  REQUIRE(rep.size() == 5);
  CHECK(rep[0] == 0);
  CHECK(rep[1] == 1);
  CHECK(rep[2] == 0);
  CHECK(rep[3] == 1);
  CHECK(rep[4] == 0);
  const auto strict = batch::cluster_duplicates({a, a2, a}, 1.0);
  CHECK(strict[1] == 1);
  CHECK(strict[2] == 0);
}

TEST_CASE("a story reprinted many times forms one cluster", "[batch][duplicates]") {
  const auto a = batch::minhash(doc(wire));
  std::vector<batch::MinHash> signatures(2000, a);
  for (std::size_t i = 3; i < signatures.size(); i += 7)
    signatures[i][i % batch::minhash_size] ^= 1; // one value in 64 differs
  const auto rep = batch::cluster_duplicates(signatures, 0.7);
  for (const auto r : rep)
    CHECK(r == 0);
}
