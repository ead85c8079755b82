#include "report/headline.hpp"
#include "report/html_document_text.hpp"
#include "report/html_escape.hpp"
#include "report/html_evidence.hpp"
#include "report/report.hpp"
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

TEST_CASE("headline differences come from the aspects that differ most", "[report][html]") {
  auto run = report::testing::sample_compare_run();
  auto &c = run.comparisons[0];
  model::AspectComparison sentiment;
  sentiment.aspect = "sentiment";
  sentiment.similarity = 0.4;
  sentiment.findings.push_back({"overview", "2 actors shared", "overview", 0, 0, 0, {}, {}});
  sentiment.findings.push_back({"no-evidence", "unsupported", "x", 0, 0, 1, {}, {}});
  sentiment.findings.push_back({"actor:RU",
                                "B is more negative about Russia",
                                "actor",
                                0.2,
                                -0.3,
                                0.5,
                                {span_of(run.documents[0], "Critics")},
                                {}});
  c.aspects.push_back(sentiment);

  const auto differences = report::headline_differences(c);
  REQUIRE(differences.size() == 2); // actors is not comparable and gives nothing
  CHECK(differences[0].aspect == "sentiment");
  CHECK(differences[0].text == "B is more negative about Russia");
  CHECK(differences[1].aspect == "style");
  CHECK(differences[1].text == "B is more negative about Russia");
  CHECK(report::headline_differences(c, 1).size() == 1);
}

TEST_CASE("headline falls back on the metric clearest of noise", "[report][html]") {
  model::AspectComparison style;
  style.aspect = "style";
  style.similarity = 0.5;
  style.metrics.push_back(
      {"noise", "Noisy", model::MetricKind::value, 1, 2, 1, model::Interval{-1, 3, false}, {}, {}});
  style.metrics.push_back({"clear",
                           "Sentence length",
                           model::MetricKind::value,
                           10,
                           20,
                           10,
                           model::Interval{5, 15, true},
                           {},
                           {}});
  const model::Comparison c{"a", "b", 0.5, {style}};
  const auto differences = report::headline_differences(c);
  REQUIRE(differences.size() == 1);
  CHECK_THAT(differences[0].text, Catch::StartsWith("Sentence length: higher in B"));
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
