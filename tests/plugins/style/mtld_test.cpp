// MTLD and the type-token ratio. The plugin is a MODULE library that cannot be linked, so this
// test compiles the plugin's source file into the test binary.
#include "../../../plugins/style/mtld.cpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace aspectdiff::plugins::style;

TEST_CASE("style: MTLD of a hand-computed case", "[style][mtld]") {
  // Words a b a c (types 0 1 0 2), threshold 0.72.
  // Forward: a (1/1) b (2/2) a (2/3 = 0.667 <= 0.72: one factor, reset) c (1/1); the rest has
  // TTR 1, a partial factor of 0: 4 words / 1 factor = 4.
  // Backward: c a b a: TTR 1, 1, 1, 3/4 = 0.75; no full factor; partial (1 - 0.75) / 0.28 =
  // 0.892857: 4 / 0.892857 = 4.48. MTLD = (4 + 4.48) / 2 = 4.24.
  const std::vector<std::uint32_t> words{0, 1, 0, 2};
  CHECK(mtld_one_way(words, 3, 0.72, false).value() == Approx(4.0));
  CHECK(mtld_one_way(words, 3, 0.72, true).value() == Approx(4.48));
  CHECK(mtld(words, 3, 0.72).value() == Approx(4.24));
}

TEST_CASE("style: MTLD of an alternating text counts one factor per three words", "[style][mtld]") {
  // a b a | b a b | a b: two full factors, then a rest with TTR 1 (partial 0): 8 / 2 = 4.
  const std::vector<std::uint32_t> words{0, 1, 0, 1, 0, 1, 0, 1};
  CHECK(mtld(words, 2, 0.72).value() == Approx(4.0));
}

TEST_CASE("style: a repetitive text scores lower than a varied one", "[style][mtld]") {
  std::vector<std::uint32_t> repetitive, varied;
  for (std::uint32_t i = 0; i < 400; ++i) {
    repetitive.push_back(i % 8);    // eight words over and over
    varied.push_back((i * 7) % 97); // ninety-seven words, rarely repeated nearby
  }
  const auto low = mtld(repetitive, 8, 0.72).value();
  const auto high = mtld(varied, 97, 0.72).value();
  CHECK(low < high);
  CHECK(low < 15.0);
  CHECK(high > 50.0);
  CHECK(type_token_ratio(repetitive, 8).value() == Approx(8.0 / 400.0));
}

TEST_CASE("style: MTLD is undefined without words or without repetition", "[style][mtld]") {
  const std::vector<std::uint32_t> none;
  CHECK_FALSE(mtld(none, 0, 0.72).has_value());
  CHECK_FALSE(type_token_ratio(none, 0).has_value());
  const std::vector<std::uint32_t> distinct{0, 1, 2, 3};
  CHECK_FALSE(mtld(distinct, 4, 0.72).has_value());
  CHECK(type_token_ratio(distinct, 4).value() == Approx(1.0));
}

TEST_CASE("style: a lower threshold needs longer runs", "[style][mtld]") {
  std::vector<std::uint32_t> words;
  for (std::uint32_t i = 0; i < 300; ++i)
    words.push_back((i * i + 3 * i) % 41);
  CHECK(mtld(words, 41, 0.5).value() > mtld(words, 41, 0.72).value());
  const std::vector<std::uint32_t> bad{0, 5};
  CHECK_THROWS_AS(mtld(bad, 2, 0.72), std::out_of_range);
}
