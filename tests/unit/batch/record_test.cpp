#include "batch/record.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace aspectdiff::batch;

TEST_CASE("a record survives its journal line", "[batch][record]") {
  DocRecord r;
  r.seq = 41;
  r.id = "wire-7";
  r.title = "Putin, Xi \"sign\" pact";
  r.source = "Wire";
  r.date = "2026-05-16";
  r.words = 812;
  r.failed = true;
  r.minhash[0] = 0xfedc;
  r.minhash[63] = 7;
  r.similarity.push_back({0.75, {{"style", 0.5}, {"themes", std::nan("")}}});
  r.metrics = {{"sentiment.score", -0.125}, {"hedging.density", 12.5}};
  r.items = {{"actors", "state:RU", "Russia", 0.3}};
  r.results_end = 123456;
  r.errors_end = 789;
  const auto line = encode_record(r);
  CHECK(line.find('\n') == std::string::npos);
  const auto back = decode_record(line);
  REQUIRE(back);
  CHECK(back->seq == 41);
  CHECK(back->title == r.title);
  CHECK(back->minhash == r.minhash);
  CHECK(back->failed);
  REQUIRE(back->similarity.size() == 1);
  CHECK(back->similarity[0].aspects[0].second == 0.5);
  CHECK(std::isnan(back->similarity[0].aspects[1].second));
  REQUIRE(back->metric("sentiment.score"));
  CHECK(*back->metric("sentiment.score") == -0.125);
  CHECK(back->items.at(0).label == "Russia");
  CHECK(back->results_end == 123456);
  CHECK(encode_record(*back) == line);
}

TEST_CASE("a torn journal line is not a record", "[batch][record]") {
  DocRecord r;
  r.id = "x";
  const auto line = encode_record(r);
  for (std::size_t cut : {std::size_t{1}, line.size() / 2, line.size() - 1})
    CHECK_FALSE(decode_record(std::string_view(line).substr(0, cut)));
  CHECK_FALSE(decode_record("{\"seq\":1}"));
}
