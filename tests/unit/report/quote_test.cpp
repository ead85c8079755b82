#include "report/report.hpp"
#include "sample_runs.hpp"

#include <catch2/catch.hpp>

using aspectdiff::report::quote;
using aspectdiff::report::testing::make_document;
using aspectdiff::report::testing::span_of;

namespace {

bool valid_utf8(const std::string &s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80           ? 1
                          : (c >> 5) == 0x6  ? 2
                          : (c >> 4) == 0xe  ? 3
                          : (c >> 3) == 0x1e ? 4
                                             : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return false;
    i += n;
  }
  return true;
}

} // namespace

TEST_CASE("quote gives the span's own text, trimmed and with whitespace collapsed", "[report]") {
  const auto doc = make_document("d.txt", "Putin   met\n\tXi  in Moscow. Then he left.");
  CHECK(quote(doc, span_of(doc, "Putin   met\n\tXi"), false) == "Putin met Xi");
  CHECK(quote(doc, span_of(doc, "Moscow"), false) == "Moscow");
}

TEST_CASE("quote widens a span to its whole sentence", "[report]") {
  const auto doc = make_document("d.txt", "Putin met Xi in Moscow. Then he left. Nobody cared.");
  CHECK(quote(doc, span_of(doc, "he"), true) == "Then he left.");
  // A span across two sentences quotes both.
  CHECK(quote(doc, span_of(doc, "Moscow. Then"), true) == "Putin met Xi in Moscow. Then he left.");
}

TEST_CASE("quote clamps spans that fall outside the text", "[report]") {
  const auto doc = make_document("d.txt", "Short text.");
  CHECK(quote(doc, {5, 1000}, false) == "text.");
  CHECK(quote(doc, {1000, 2000}, false).empty());
  CHECK(quote(doc, {8, 3}, false).empty());
  CHECK(quote(doc, {1000, 2000}, true) == ""); // beyond the last sentence: nothing to show
}

TEST_CASE("quote cuts long text on a code point boundary", "[report]") {
  // Two-byte and three-byte characters without spaces, so the cut cannot fall back to a space
  // and has to land between code points.
  std::string text;
  for (int i = 0; i < 200; ++i)
    text += "\u00e9\u4e2d"; // é中, 5 bytes each
  const auto doc = make_document("d.txt", text);
  const auto q = quote(doc, {0, static_cast<std::uint32_t>(text.size())}, false);
  REQUIRE(valid_utf8(q));
  CHECK(q.size() <= 240 + 8);
  CHECK(q.size() >= 240);
  CHECK(q.substr(q.size() - 3) == "\u2026");
  CHECK(text.compare(0, q.size() - 3, q, 0, q.size() - 3) == 0);
}

TEST_CASE("quote keeps words whole when a space is near the cut", "[report]") {
  std::string text;
  for (int i = 0; i < 60; ++i)
    text += "word" + std::to_string(i) + " ";
  const auto doc = make_document("d.txt", text);
  const auto q = quote(doc, {0, static_cast<std::uint32_t>(text.size())}, false);
  REQUIRE(q.size() > 3);
  const auto body = q.substr(0, q.size() - 3);
  CHECK(q.substr(q.size() - 3) == "\u2026");
  CHECK(body.back() != ' ');
  CHECK(text.find(body + " ") == 0); // ends at a word boundary of the original
}

TEST_CASE("quote of a long sentence still shows the span", "[report]") {
  std::string text = "Start";
  for (int i = 0; i < 100; ++i)
    text += " filler";
  text += " NEEDLE";
  for (int i = 0; i < 100; ++i)
    text += " more";
  text += ".";
  const auto doc = make_document("d.txt", text);
  const auto q = quote(doc, span_of(doc, "NEEDLE"), true);
  CHECK(q.find("NEEDLE") != std::string::npos);
  CHECK(q.rfind("\u2026", 0) == 0); // marked as starting mid-sentence
  CHECK(valid_utf8(q));
}

TEST_CASE("quote turns control characters into spaces", "[report]") {
  const auto doc = make_document("d.txt", std::string("bad\x1b[31mred\0zero", 16));
  CHECK(quote(doc, {0, 16}, false) == "bad [31mred zero");
}
