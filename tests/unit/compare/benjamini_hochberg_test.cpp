#include "compare/benjamini_hochberg.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

using aspectdiff::compare::benjamini_hochberg;

TEST_CASE("Benjamini-Hochberg: adjusted p values in input order", "[compare][bh]") {
  // By hand: sorted 0.005, 0.01, 0.03, 0.04 times m/i = 0.02, 0.02, 0.04, 0.04, each the minimum
  // of itself and those above it (R's p.adjust(method = "BH") agrees).
  const std::vector<double> p{0.01, 0.04, 0.03, 0.005};
  const auto adjusted = benjamini_hochberg(p);
  REQUIRE(adjusted.size() == 4);
  CHECK(adjusted[0] == Approx(0.02));
  CHECK(adjusted[1] == Approx(0.04));
  CHECK(adjusted[2] == Approx(0.04));
  CHECK(adjusted[3] == Approx(0.02));
}

TEST_CASE("Benjamini-Hochberg: the 1995 paper's fifteen p values", "[compare][bh]") {
  // Benjamini and Hochberg (1995), section 4: at q = 0.05 the step-up rule rejects the four
  // smallest, while Bonferroni (0.05 / 15 = 0.0033) rejects only three.
  const std::vector<double> p{0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
                              0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0000};
  const auto adjusted = benjamini_hochberg(p);
  int discoveries = 0;
  for (double q : adjusted)
    discoveries += q <= 0.05 ? 1 : 0;
  CHECK(discoveries == 4);
  CHECK(adjusted[0] == Approx(0.0015));
  CHECK(adjusted[3] == Approx(0.0095 * 15 / 4));
  // 0.0201 * 15 / 5 = 0.0603 is below the next ones' minimum 0.0298 * 15 / 7: it keeps its own.
  CHECK(adjusted[4] == Approx(0.0603));
  // 0.0278 * 15 / 6 = 0.0695 is above 0.0298 * 15 / 7: monotonicity lowers it.
  CHECK(adjusted[5] == Approx(0.0298 * 15 / 7));
  CHECK(adjusted[14] == Approx(1.0));
  for (std::size_t i = 1; i < adjusted.size(); ++i)
    CHECK(adjusted[i] >= adjusted[i - 1]); // the input is sorted, so the output is too
}

TEST_CASE("Benjamini-Hochberg: missing p values are not tests", "[compare][bh]") {
  const double none = std::numeric_limits<double>::quiet_NaN();
  const auto adjusted = benjamini_hochberg(std::vector<double>{0.02, none, 0.04});
  CHECK(adjusted[0] == Approx(0.04)); // m = 2, not 3
  CHECK(std::isnan(adjusted[1]));
  CHECK(adjusted[2] == Approx(0.04));
  CHECK(benjamini_hochberg(std::vector<double>{}).empty());
  CHECK(benjamini_hochberg(std::vector<double>{0.3}).at(0) == Approx(0.3));
}

TEST_CASE("Benjamini-Hochberg: a p value outside [0, 1] is refused", "[compare][bh]") {
  CHECK_THROWS_AS(benjamini_hochberg(std::vector<double>{0.1, 1.5}), std::invalid_argument);
  CHECK_THROWS_WITH(benjamini_hochberg(std::vector<double>{-0.1}), Catch::Contains("p value 0"));
}
