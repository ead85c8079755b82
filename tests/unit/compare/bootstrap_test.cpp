#include "compare/bootstrap.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

using aspectdiff::compare::bootstrap_mean_difference;

namespace {

// Normal samples from a fixed engine: the test data never changes between runs.
std::vector<double> normal_sample(std::size_t n, double mean, double sd, unsigned seed) {
  std::mt19937_64 engine(seed);
  std::vector<double> out(n);
  // Box-Muller by hand: std::normal_distribution's output is not fixed across library versions.
  for (std::size_t i = 0; i < n; i += 2) {
    const double u1 = (static_cast<double>(engine() >> 11) + 1.0) / 9007199254740993.0;
    const double u2 = static_cast<double>(engine() >> 11) / 9007199254740992.0;
    const double r = std::sqrt(-2.0 * std::log(u1));
    out[i] = mean + sd * r * std::cos(2 * M_PI * u2);
    if (i + 1 < n) out[i + 1] = mean + sd * r * std::sin(2 * M_PI * u2);
  }
  return out;
}

} // namespace

TEST_CASE("bootstrap: a large known difference is inside the interval and 0 is not",
          "[compare][bootstrap]") {
  const auto a = normal_sample(200, 0.0, 1.0, 1);
  const auto b = normal_sample(200, 1.0, 1.0, 2);
  const auto interval = bootstrap_mean_difference(a, b, 2000, 42);
  CHECK(interval.low < 1.0);
  CHECK(interval.high > 1.0);
  CHECK(interval.low > 0.0);
  CHECK(interval.distinguishable);
  // The standard error of the difference is sqrt(2/200) = 0.1: the 95% interval spans about
  // 4 standard errors, so a width far from 0.4 means the percentiles are wrong.
  CHECK(interval.high - interval.low == Approx(0.4).margin(0.1));
}

TEST_CASE("bootstrap: a negative difference is told apart too", "[compare][bootstrap]") {
  const auto a = normal_sample(150, 5.0, 1.0, 3);
  const auto b = normal_sample(120, 4.0, 1.0, 4);
  const auto interval = bootstrap_mean_difference(a, b, 2000, 7);
  CHECK(interval.high < 0.0);
  CHECK(interval.low < -1.0);
  CHECK(interval.high > -1.0);
  CHECK(interval.distinguishable);
}

TEST_CASE("bootstrap: samples from one distribution give an interval that holds 0",
          "[compare][bootstrap]") {
  const auto a = normal_sample(200, 0.3, 1.0, 5);
  const auto b = normal_sample(200, 0.3, 1.0, 6);
  const auto interval = bootstrap_mean_difference(a, b, 2000, 11);
  CHECK(interval.low < 0.0);
  CHECK(interval.high > 0.0);
  CHECK_FALSE(interval.distinguishable);
}

TEST_CASE("bootstrap: constant samples give a degenerate interval at the exact difference",
          "[compare][bootstrap]") {
  const std::vector<double> a(37, 2.0);
  const std::vector<double> b(51, 5.5);
  const auto interval = bootstrap_mean_difference(a, b, 500, 1);
  CHECK(interval.low == 3.5);
  CHECK(interval.high == 3.5);
  CHECK(interval.distinguishable);

  const auto same = bootstrap_mean_difference(a, a, 500, 1);
  CHECK(same.low == 0.0);
  CHECK(same.high == 0.0);
  CHECK_FALSE(same.distinguishable);
}

TEST_CASE("bootstrap: the same seed gives the same interval, another seed another",
          "[compare][bootstrap]") {
  const auto a = normal_sample(80, 0.0, 1.0, 8);
  const auto b = normal_sample(90, 0.2, 1.0, 9);
  const auto first = bootstrap_mean_difference(a, b, 2000, 123);
  const auto again = bootstrap_mean_difference(a, b, 2000, 123);
  const auto other = bootstrap_mean_difference(a, b, 2000, 124);
  CHECK(first.low == again.low);
  CHECK(first.high == again.high);
  CHECK((first.low != other.low || first.high != other.high));
}

TEST_CASE("bootstrap: bad input is refused with a clear error", "[compare][bootstrap]") {
  const std::vector<double> some{1.0, 2.0};
  const std::vector<double> none;
  const std::vector<double> nan{1.0, std::nan("")};
  CHECK_THROWS_AS(bootstrap_mean_difference(none, some, 100, 1), std::invalid_argument);
  CHECK_THROWS_AS(bootstrap_mean_difference(some, none, 100, 1), std::invalid_argument);
  CHECK_THROWS_AS(bootstrap_mean_difference(some, some, 0, 1), std::invalid_argument);
  CHECK_THROWS_WITH(bootstrap_mean_difference(some, nan, 100, 1),
                    Catch::Contains("sample b value 1 is not a finite number"));
}

TEST_CASE("bootstrap: positions drawn earlier on a thread give the interval a fresh thread does",
          "[compare][bootstrap]") {
  const auto a = normal_sample(200, 0.0, 1.0, 10);
  const auto b = normal_sample(200, 0.1, 1.0, 11);
  const auto c = normal_sample(37, 0.5, 1.0, 12);
  // This thread has drawn positions for other sizes and seeds, and for these ones.
  bootstrap_mean_difference(c, a, 2000, 5);
  bootstrap_mean_difference(a, c, 2000, 6);
  const auto reused = bootstrap_mean_difference(a, b, 2000, 5);
  aspectdiff::model::Interval fresh;
  std::thread([&] { fresh = bootstrap_mean_difference(a, b, 2000, 5); }).join();
  CHECK(reused.low == fresh.low);
  CHECK(reused.high == fresh.high);
  CHECK(reused.distinguishable == fresh.distinguishable);
  CHECK(reused.low <= reused.high);
}

TEST_CASE("bootstrap: samples too long to keep their positions are resampled as they are drawn",
          "[compare][bootstrap]") {
  // 2 x 3,000 values x 2,000 resamples is more positions than a thread keeps.
  const auto a = normal_sample(3000, 0.0, 1.0, 20);
  const auto b = normal_sample(3000, 0.2, 1.0, 21);
  const auto interval = bootstrap_mean_difference(a, b, 2000, 9);
  CHECK(interval.low > 0.05);
  CHECK(interval.high < 0.35);
  CHECK(interval.distinguishable);
  CHECK(bootstrap_mean_difference(a, b, 2000, 9).low == interval.low);
}
