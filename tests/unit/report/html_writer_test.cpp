#include "compare/difference_ranking.hpp"
#include "compare/strength.hpp"
#include "report/headline.hpp"
#include "report/html_document_text.hpp"
#include "report/html_escape.hpp"
#include "report/html_evidence.hpp"
#include "report/report.hpp"
#include "report/story.hpp"
#include "sample_runs.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace aspectdiff;
using report::testing::make_document;
using report::testing::span_of;

namespace {

std::size_t count_of(const std::string &haystack, std::string_view needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

std::string html_of(const model::CompareRun &run) {
  std::ostringstream out;
  report::write_compare_html(out, run);
  return out.str();
}

} // namespace

TEST_CASE("html escaping turns markup and quotes into text", "[report][html]") {
  CHECK(report::html::html_escape("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
}

TEST_CASE("html escaping repairs bad UTF-8 and drops control characters", "[report][html]") {
  CHECK(report::html::html_escape("a\xff"
                                  "b") == "a\xEF\xBF\xBD"
                                          "b");
  CHECK(report::html::html_escape("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(report::html::html_escape("a\x01\x1b[31mb\r\n") == "a[31mb\n");
}

TEST_CASE("html escaping keeps right-to-left and combining characters", "[report][html]") {
  const std::string text = "\u0628\u0648\u062a\u064a\u0646 cafe\u0301 \u202eevil\u202c";
  CHECK(report::html::html_escape(text) == text);
}

TEST_CASE("evidence attributes list the sentences behind spans on each side", "[report][html]") {
  const auto a = make_document("a.txt", "Putin met Xi. They talked. Nothing changed.");
  const auto b = make_document("b.txt", "Sanctions bite. Moscow shrugs.");
  const std::vector<model::Span> spans_a{span_of(a, "Nothing"), span_of(a, "Putin"),
                                         span_of(a, "Xi")};
  const std::vector<model::Span> spans_b{span_of(b, "Moscow")};
  const auto attributes = report::html::evidence_attributes(&a, spans_a, &b, spans_b);
  CHECK_THAT(attributes, Catch::Contains("class=\"ev\""));
  CHECK_THAT(attributes, Catch::Contains("data-a=\"0 2\""));
  CHECK_THAT(attributes, Catch::Contains("data-b=\"1\""));
  CHECK_THAT(attributes, !Catch::Contains("data-whole"));

  const auto whole = report::html::evidence_attributes(&a, {}, &b, {});
  CHECK_THAT(whole, Catch::Contains("data-whole=\"1\""));
  CHECK_THAT(whole, !Catch::Contains("data-a"));
}

TEST_CASE("document text wraps each sentence and nests marks inside it", "[report][html]") {
  const auto doc = make_document("a.txt", "Putin may agree. Xi <b>refuses</b>.");
  model::DocumentResult result{"a.txt", {}};
  model::AspectResult actors;
  actors.aspect = "actors";
  actors.items.push_back(
      {"person:putin", "Vladimir Putin", "person", 1.0, 1, {}, {span_of(doc, "Putin")}});
  model::AspectResult hedging;
  hedging.aspect = "hedging";
  hedging.items.push_back({"cue:hedge:may", "may", "hedge", 0.5, 1, {}, {span_of(doc, "may")}});
  // A span as long as a sentence is not a mark: the sentence highlighting shows it.
  hedging.items.push_back(
      {"claim:x", "claim", "hedged_claim", 0.5, 1, {}, {span_of(doc, "Putin may agree.")}});
  result.aspects = {actors, hedging};

  const auto marks = report::html::collect_marks(result);
  REQUIRE(marks.size() == 2);
  CHECK(marks[0].css_class == "m-actor");
  CHECK(marks[1].css_class == "m-hedge");

  std::string out;
  report::html::append_document_text(out, doc, marks, "p-a-");
  CHECK(out == "<span class=\"s\" id=\"p-a-0\"><mark class=\"m-actor\" title=\"actor: Vladimir "
               "Putin (person)\">Putin</mark> <mark class=\"m-hedge\" title=\"hedge: may\">may"
               "</mark> agree.</span> <span class=\"s\" id=\"p-a-1\">Xi &lt;b&gt;refuses&lt;/b&gt;."
               "</span>");
}

TEST_CASE("overlapping marks keep the one that starts first", "[report][html]") {
  const auto doc = make_document("a.txt", "The Power of Siberia may grow.");
  model::DocumentResult result{"a.txt", {}};
  model::AspectResult actors;
  actors.aspect = "actors";
  actors.items.push_back({"facility:pos",
                          "Power of Siberia",
                          "facility",
                          1.0,
                          1,
                          {},
                          {span_of(doc, "Power of Siberia")}});
  model::AspectResult sentiment;
  sentiment.aspect = "sentiment";
  sentiment.items.push_back(
      {"term:power", "power", "positive-term", 0.1, 1, {}, {span_of(doc, "Power")}});
  result.aspects = {sentiment, actors};
  const auto marks = report::html::collect_marks(result);
  REQUIRE(marks.size() == 1);
  CHECK(marks[0].css_class == "m-actor"); // same start: the actor rule ranks first
  CHECK(marks[0].span.end == span_of(doc, "Power of Siberia").end);
}

namespace {

model::Finding finding(std::string key, std::string label, double magnitude, double coverage,
                       std::vector<model::Span> evidence_a = {}) {
  model::Finding f;
  f.key = std::move(key);
  f.label = std::move(label);
  f.category = f.key == "overview" ? "overview" : "actor";
  f.magnitude = magnitude;
  f.coverage = coverage;
  f.evidence_a = std::move(evidence_a);
  return f;
}

model::MetricDelta delta(std::string name, std::string label, double a, double b,
                         model::Interval interval) {
  model::MetricDelta d;
  d.name = std::move(name);
  d.label = std::move(label);
  d.a = a;
  d.b = b;
  d.delta = b - a;
  d.interval = interval;
  return d;
}

} // namespace

TEST_CASE("headline differences follow the pair's ranking across aspects", "[report][html]") {
  auto run = report::testing::sample_compare_run();
  auto &c = run.comparisons[0];
  model::AspectComparison sentiment;
  sentiment.aspect = "sentiment";
  sentiment.similarity = 0.9; // similar overall: the ranking does not look at similarities
  sentiment.findings.push_back(finding("overview", "2 actors shared", 0, 1));
  sentiment.findings.push_back(finding("actor:RU", "B is more negative about Russia", 6.0, 0.3,
                                       {span_of(run.documents[0], "Critics")}));
  c.aspects.push_back(sentiment);
  compare::rank_differences(c);

  const auto differences = report::headline_differences(c);
  REQUIRE(differences.size() == 3); // actors is not comparable and gives nothing
  CHECK(differences[0].aspect == "sentiment");
  CHECK(differences[0].rank == 1);
  CHECK(differences[0].text == "B is more negative about Russia");
  CHECK(differences[0].strength == Approx(6.0 * compare::coverage_weight(0.3)));
  // The style deltas' interval (-4, -1) gives z = 2.5 / (3 / 3.92) = 3.3.
  CHECK(differences[1].aspect == "style");
  CHECK_THAT(differences[1].text, Catch::StartsWith("Mean sentence length in words: lower in B"));
  CHECK(differences[2].text == "B is more negative about Russia"); // the style plugin's, 0.5
  CHECK(differences[2].rank > differences[1].rank);
  CHECK(report::headline_differences(c, 1).size() == 1);
  CHECK(report::standing_out_count(c) == 3); // the tone delta is noise; the overview no difference
}

TEST_CASE("headline leaves out deltas that are noise after the correction", "[report][html]") {
  model::AspectComparison style;
  style.aspect = "style";
  style.similarity = 0.5;
  style.metrics.push_back(delta("noise", "Noisy", 1, 2, {-1, 3, false}));
  style.metrics.push_back(delta("clear", "Sentence length", 10, 20, {5, 15, true}));
  model::Comparison c{"a", "b", 0.5, {style}, {}, 0.05};
  compare::rank_differences(c);
  const auto differences = report::headline_differences(c);
  REQUIRE(differences.size() == 1);
  CHECK_THAT(differences[0].text, Catch::StartsWith("Sentence length: higher in B"));
}

TEST_CASE("the story opens with the strongest differences and links each to its rank",
          "[report][story]") {
  auto run = report::testing::sample_compare_run();
  auto &c = run.comparisons[0];
  model::AspectComparison sentiment;
  sentiment.aspect = "sentiment";
  sentiment.findings.push_back(finding("stance:RU", "hostile to Russia (-0.45 vs +0.10)", 6.0, 0.3,
                                       {span_of(run.documents[0], "Critics")}));
  c.aspects.push_back(sentiment);
  compare::rank_differences(c);

  const auto parts = report::pair_story(c, "essay", "op-ed");
  const std::string text = report::story_text(parts);
  CHECK_THAT(text,
             Catch::StartsWith("Compared with A (essay), B (op-ed) differs most in "
                               "sentiment: hostile to Russia (-0.45 vs +0.10). It also "
                               "differs in style: Mean sentence length in words: lower in B"));
  CHECK_THAT(text, Catch::EndsWith("."));
  std::size_t linked = 0;
  for (const auto &part : parts)
    linked += part.rank != 0 ? 1 : 0;
  CHECK(linked == 3);

  // In the HTML every figure of the story is a link to its difference's evidence.
  const auto html = html_of(run);
  CHECK_THAT(html, Catch::Contains("<p class=\"story\">"));
  CHECK_THAT(html, Catch::Contains("hostile to Russia (<a href=\"#pair-1-r1\" class=\"ev\""));
  CHECK_THAT(html, Catch::Contains(">-0.45</a> vs <a href=\"#pair-1-r1\""));
  CHECK_THAT(html, Catch::Contains("<li id=\"pair-1-r1\" value=\"1\""));

  model::Comparison quiet{"a", "b", 1.0, {}, {}, 0.05};
  CHECK_THAT(report::story_text(report::pair_story(quiet, "essay", "copy")),
             Catch::Contains("shows no difference that stands out"));
}

TEST_CASE("the html report is one self-contained page", "[report][html]") {
  const auto html = html_of(report::testing::sample_compare_run());
  CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>"));
  CHECK_THAT(html, Catch::Contains("Content-Security-Policy\" content=\"default-src 'none'"));
  CHECK(count_of(html, "<script>") == 1);
  CHECK(count_of(html, "<style>") == 1);
  CHECK(count_of(html, "http://") == 0);
  CHECK(count_of(html, "https://") == 0);
  CHECK(count_of(html, " src=") == 0);
  CHECK_THAT(html, Catch::EndsWith("</html>\n"));
}

TEST_CASE("the html report has a panel per aspect and evidence on its numbers", "[report][html]") {
  const auto html = html_of(report::testing::sample_compare_run());
  CHECK_THAT(html, Catch::Contains("<section class=\"panel\" id=\"pair-1-style\" "
                                   "data-aspect=\"style\">"));
  CHECK_THAT(html, Catch::Contains("data-aspect=\"actors\"><h3>Actors</h3><p class=\"warn\">Not "
                                   "comparable: actors failed for samples/b.txt"));
  // The finding quotes "Critics" (sentence 3 of A) and "stalled" (sentence 2 of B).
  CHECK_THAT(html, Catch::Contains("data-a=\"3\" data-b=\"2\">B is more negative about Russia"));
  CHECK_THAT(html, Catch::Contains("<tr data-pair=\"pair-1\">"));
  CHECK_THAT(html, Catch::Contains("id=\"pair-1-a-0\""));
  CHECK_THAT(html, Catch::Contains("id=\"pair-1-b-0\""));
}

TEST_CASE("the html report shows a hostile document as text", "[report][html]") {
  auto run = report::testing::sample_compare_run();
  run.documents[1].text += "\n<script>alert(1)</script><img src=x onerror=alert(2)>";
  run.documents[1].title = "\"><script>alert(3)</script>";
  const auto html = html_of(run);
  CHECK(count_of(html, "<script>") == 1);
  CHECK(count_of(html, "<img") == 0);
  CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_THAT(html, Catch::Contains("&quot;&gt;&lt;script&gt;alert(3)"));
}
