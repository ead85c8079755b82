#include "report/evidence.hpp"
#include "sample_runs.hpp"

#include <catch2/catch.hpp>

using namespace aspectdiff;
using report::testing::make_document;
using report::testing::span_of;

TEST_CASE("Locator gives the 1-based line of a byte offset", "[report]") {
  const auto doc = make_document("notes/a.txt", "One.\nTwo.\n\nFour.");
  report::Locator locator;
  CHECK(locator.where(doc, 0) == "notes/a.txt:1");
  CHECK(locator.where(doc, 4) == "notes/a.txt:1"); // the newline itself ends line 1
  CHECK(locator.where(doc, span_of(doc, "Two").begin) == "notes/a.txt:2");
  CHECK(locator.where(doc, span_of(doc, "Four").begin) == "notes/a.txt:4");
  CHECK(locator.where(doc, 1000) == "notes/a.txt:4");
}

TEST_CASE("Locator places a JSON Lines record at its line in the file", "[report]") {
  auto doc = make_document("rec-17", "First.\nSecond.");
  doc.path = "feed.jsonl";
  doc.line = 17;
  report::Locator locator;
  CHECK(locator.where(doc, span_of(doc, "Second").begin) == "feed.jsonl:17");
  CHECK(report::document_name(doc) == "rec-17");
}

TEST_CASE("EvidenceQuoter quotes distinct sentences up to its limit", "[report]") {
  const auto doc = make_document("d.txt", "Putin met Xi. They talked. Nothing changed.");
  const std::vector<model::Span> spans{span_of(doc, "Putin"), span_of(doc, "Xi"),
                                       span_of(doc, "talked"), span_of(doc, "Nothing")};
  report::EvidenceQuoter quoter(true, 2);
  std::vector<report::Quote> quotes;
  quoter.add(quotes, &doc, spans, "A");
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].text == "Putin met Xi."); // "Xi" is in the same sentence: not repeated
  CHECK(quotes[1].text == "They talked.");
  CHECK(quotes[1].side == "A");
  CHECK(quotes[1].where == "d.txt:1");

  report::EvidenceQuoter off(false, 2);
  std::vector<report::Quote> none;
  off.add(none, &doc, spans, "A");
  CHECK(none.empty());
  quoter.add(none, nullptr, spans, "B"); // an unknown document has nothing to quote
  CHECK(none.empty());
}
