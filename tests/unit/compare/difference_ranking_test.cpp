#include "compare/aspect_comparison.hpp"
#include "compare/difference_ranking.hpp"
#include "compare/rank.hpp"
#include "compare/strength.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

using namespace aspectdiff;

namespace {

// A style result whose mean sentence length comes from per-sentence values.
model::AspectResult style_result(const std::vector<double> &lengths) {
  model::AspectResult r;
  r.aspect = "style";
  model::Metric m;
  m.name = "mean_sentence_length";
  m.label = "mean sentence length";
  double sum = 0;
  for (double v : lengths)
    sum += v;
  m.value = sum / static_cast<double>(lengths.size());
  m.sentence_values = lengths;
  r.metrics.push_back(m);
  return r;
}

// `n` sentence lengths around `mean`, spread like real prose (standard deviation about 8 words).
std::vector<double> lengths(double mean, int n) {
  const double offsets[] = {-10, -5, 0, 5, 10, -12, 12, -2, 2, 0};
  std::vector<double> out;
  for (int i = 0; i < n; ++i)
    out.push_back(mean + offsets[i % 10]);
  return out;
}

model::Finding finding(const std::string &key, double magnitude, double coverage,
                       const std::string &category = "shift") {
  model::Finding f;
  f.key = key;
  f.label = key;
  f.category = category;
  f.magnitude = magnitude;
  f.coverage = coverage;
  return f;
}

model::AspectComparison aspect_with(const std::string &name, std::vector<model::Finding> findings) {
  model::AspectComparison ac;
  ac.aspect = name;
  ac.similarity = 0.5;
  ac.findings = std::move(findings);
  return ac;
}

model::MetricDelta delta_with_interval(const std::string &name, double delta, double low,
                                       double high) {
  model::MetricDelta d;
  d.name = name;
  d.delta = delta;
  d.interval = model::Interval{low, high, low > 0 || high < 0};
  return d;
}

} // namespace

TEST_CASE("ranking: a stance shift outranks a sentence-length shift", "[compare][ranking]") {
  // B writes sentences four words longer (40 sentences a side), and is hostile to Russia where
  // A was mildly positive: stance -0.45 against +0.10 over 12 and 10 mentions with a spread of
  // 0.3, z = 0.55 / sqrt(0.09/12 + 0.09/10) = 4.3, in 30% of B's sentences.
  compare::CompareOptions options;
  auto style = compare::compare_aspect(style_result(lengths(18, 40)), style_result(lengths(22, 40)),
                                       options);
  // The style plugin states the delta in words under the metric's name.
  style.findings.push_back(finding("mean_sentence_length", 0.67, -1.0, "style"));
  model::Comparison c;
  c.aspects.push_back(std::move(style));
  c.aspects.push_back(aspect_with("sentiment", {finding("stance:russia", 4.3, 0.3, "stance")}));
  compare::rank_differences(c);

  REQUIRE(c.ranked.size() == 2); // the finding and its metric are one entry
  CHECK(c.aspects[c.ranked[0].aspect].aspect == "sentiment");
  CHECK(c.aspects[1].findings[0].standing.rank == 1);
  const auto &length = c.aspects[0].metrics[0];
  CHECK(length.standing.rank == 2);
  CHECK(c.aspects[0].findings[0].standing.rank == 2);
  // The style finding took the bootstrap's effect, not its own scaled magnitude.
  CHECK(c.aspects[0].findings[0].standing.effect == Approx(compare::metric_effect(length)));
  CHECK(length.standing.effect > 1.5); // a real shift, just not the largest
  CHECK(length.standing.coverage == Approx(1.0));
  CHECK(c.ranked[0].strength > c.ranked[1].strength);
  CHECK(c.ranked[0].strength == Approx(4.3 * compare::coverage_weight(0.3)));
}

TEST_CASE("ranking: a single mention leads only when its effect is truly the largest",
          "[compare][ranking]") {
  // One sentence in forty: weight about 0.47, so an effect of 3 counts as 1.4.
  CHECK(compare::coverage_weight(1.0) == Approx(1.0));
  CHECK(compare::coverage_weight(0.05) == Approx(0.525));
  CHECK(compare::coverage_weight(-1.0) == 1.0); // unknown
  CHECK(compare::coverage_weight(0.025) < compare::coverage_weight(0.3));

  model::Comparison c;
  c.aspects.push_back(aspect_with("actors", {finding("only:iran", 3.0, 0.025)}));
  c.aspects.push_back(aspect_with("hedging", {finding("hedges", 2.0, 0.4)}));
  c.aspects.push_back(aspect_with("themes", {finding("emphasis:sport", 0.8, 0.5)}));
  compare::rank_differences(c);
  REQUIRE(c.ranked.size() == 3);
  CHECK(c.aspects[c.ranked[0].aspect].aspect == "hedging");
  CHECK(c.aspects[c.ranked[1].aspect].aspect == "actors");
  CHECK(c.aspects[c.ranked[2].aspect].aspect == "themes");

  c.aspects[0].findings[0].magnitude = 9.0; // now it is the largest
  compare::rank_differences(c);
  CHECK(c.aspects[c.ranked[0].aspect].aspect == "actors");
}

TEST_CASE("ranking: summaries and errors are not differences", "[compare][ranking]") {
  model::Comparison c;
  c.aspects.push_back(
      aspect_with("actors", {finding("overview", 5.0, 1.0, "overview"),
                             finding("error", 5.0, 1.0, "error"), finding("only:x", 0.5, 0.2)}));
  model::AspectComparison failed;
  failed.aspect = "themes";
  failed.comparable = false;
  failed.findings.push_back(finding("emphasis:x", 9.0, 1.0));
  c.aspects.push_back(failed);
  compare::rank_differences(c);
  REQUIRE(c.ranked.size() == 3); // the aspect that is not comparable is not ranked
  CHECK(c.aspects[0].findings[2].standing.rank == 1);
  CHECK(c.aspects[0].findings[0].standing.strength == 0.0);
  CHECK(c.aspects[0].findings[0].standing.rank == 2);
  CHECK(c.aspects[1].findings[0].standing.rank == 0);
}

TEST_CASE("ranking: deltas are tested together by Benjamini-Hochberg", "[compare][ranking]") {
  // Twenty deltas: nineteen pure noise and one whose interval just clears zero (z = 2.2,
  // p = 0.028). Alone it would count; among twenty it does not. A clear one (z = 8) stays.
  model::Comparison c;
  model::AspectComparison style = aspect_with("style", {});
  for (int i = 0; i < 18; ++i)
    style.metrics.push_back(delta_with_interval("noise" + std::to_string(i), 0.1, -1.86, 2.06));
  const double se = 1.0;
  style.metrics.push_back(delta_with_interval("borderline", 2.2, 2.2 - 1.96 * se, 2.2 + 1.96 * se));
  style.metrics.push_back(delta_with_interval("clear", 8.0, 8.0 - 1.96 * se, 8.0 + 1.96 * se));
  c.aspects.push_back(style);
  compare::rank_differences(c, 0.05);

  const auto &borderline = c.aspects[0].metrics[18];
  const auto &clear = c.aspects[0].metrics[19];
  CHECK(borderline.p_value == Approx(std::erfc(2.2 / std::sqrt(2.0))).epsilon(0.01));
  CHECK(borderline.p_adjusted == Approx(borderline.p_value * 20 / 2).epsilon(0.01));
  CHECK_FALSE(borderline.interval->distinguishable); // its interval excludes 0, but not after BH
  CHECK(clear.interval->distinguishable);
  CHECK(clear.standing.rank == 1);
  CHECK(borderline.standing.rank == 2);
  CHECK(c.false_discovery_rate == 0.05);
  for (int i = 0; i < 18; ++i)
    CHECK_FALSE(c.aspects[0].metrics[static_cast<std::size_t>(i)].interval->distinguishable);
}

TEST_CASE("rank: the most unlike piece ranks last, whatever its overall similarity",
          "[compare][rank]") {
  // The op-ed differs in stance and themes; the wire report only in sentence length, by more
  // in the generic similarity's eyes.
  model::Comparison oped;
  oped.b_id = "oped";
  oped.overall = 0.8;
  oped.aspects.push_back(aspect_with("sentiment", {finding("stance:russia", 5.0, 0.3)}));
  oped.aspects.push_back(aspect_with("themes", {finding("emphasis:defense", 3.0, 0.38)}));
  model::Comparison wire;
  wire.b_id = "wire";
  wire.overall = 0.6;
  wire.aspects.push_back(aspect_with("style", {finding("mean_sentence_length", 2.5, 1.0)}));
  compare::rank_differences(oped);
  compare::rank_differences(wire);
  const auto ranking = compare::rank({oped, wire});
  REQUIRE(ranking.size() == 2);
  CHECK(ranking[0].document_id == "wire");
  CHECK(ranking[1].document_id == "oped");
  CHECK(ranking[0].difference == Approx(2.5));
  CHECK(ranking[1].difference ==
        Approx(5.0 * compare::coverage_weight(0.3) + 3.0 * compare::coverage_weight(0.38)));
}
