// Markdown and HTML: the markup goes, the prose stays, and every token's source offset points
// at its own bytes in the original file.
#include "read_helpers.hpp"
#include "temp_files.hpp"

#include "text/html_entities.hpp"

#include <catch2/catch.hpp>

using namespace aspectdiff;
using testing::read;
using testing::sentences;
using testing::TempDir;
using Strings = std::vector<std::string>;

namespace {

// Every token that was copied from the file (not produced by decoding) maps back to itself.
void check_offsets(const model::Document &d, const std::string &file) {
  for (std::size_t i = 0; i < d.tokens.size(); ++i) {
    const auto &t = d.tokens[i];
    const std::string surface = testing::surface(d, i);
    const auto at = static_cast<std::size_t>(d.source_offset(t.begin));
    INFO("token " << i << " '" << surface << "' at source offset " << at);
    REQUIRE(at < file.size());
    if (surface.find_first_of("&<>") == std::string::npos &&
        file.compare(at, surface.size(), surface) != 0) {
      // Decoded from an entity: it must point at the entity's '&'.
      CHECK(file[at] == '&');
    }
  }
}

model::Document read_one(const TempDir &dir, const std::string &name, const std::string &file) {
  const auto r = read(dir.write(name, file));
  REQUIRE(r.errors.empty());
  REQUIRE(r.documents.size() == 1);
  return r.documents.front();
}

} // namespace

TEST_CASE("Markdown markup is stripped, offsets kept", "[text][markdown]") {
  TempDir dir;
  const std::string file =
      "---\ntitle: front matter\n---\n"
      "# Putin and *Xi*\n"
      "\n"
      "The **pipeline** runs from [Siberia](https://example.com/siberia) to `China`.\n"
      "It carries gas_flow_rate data\\* and more.\n"
      "\n"
      "![a map](map.png)\n"
      "> A quoted line.\n"
      "> Still quoted.\n"
      "\n"
      "- First item\n"
      "- Second item with ~~old~~ text\n"
      "1. Numbered item\n"
      "\n"
      "```cpp\nint code = 1;\n```\n"
      "Setext heading\n"
      "==============\n"
      "| Country | Gas |\n|---|---|\n| Russia | 38 |\n"
      "[ref]: https://example.com\n"
      "Final words <b>bold</b> here.\n";
  const auto d = read_one(dir, "doc.md", file);
  CHECK(d.format == "markdown");
  CHECK(d.title == "Putin and Xi");
  CHECK(sentences(d) == Strings{"Putin and Xi", "The pipeline runs from Siberia to China.",
                                "It carries gas_flow_rate data* and more.", "A quoted line.",
                                "Still quoted.", "First item", "Second item with old text",
                                "Numbered item", "Setext heading", "Country Gas", "Russia 38",
                                "Final words bold here."});
  CHECK(d.text.find("front matter") == std::string::npos);
  CHECK(d.text.find("int code") == std::string::npos);
  CHECK(d.text.find("map") == std::string::npos);
  CHECK(d.text.find("https") == std::string::npos);
  check_offsets(d, file);
  // A token in the middle of a link maps to the right byte.
  for (std::size_t i = 0; i < d.tokens.size(); ++i)
    if (testing::surface(d, i) == "Siberia")
      CHECK(d.source_offset(d.tokens[i].begin) == file.find("Siberia]"));
}

TEST_CASE("HTML text content, entities, title and blocks", "[text][html]") {
  TempDir dir;
  const std::string file =
      "<!DOCTYPE html>\n<html><head><title>Summit &amp; Talks</title>\n"
      "<style>p { color: red; }</style><script>var x = '<p>no</p>';</script></head>\n"
      "<body>\n<h1>Putin meets Xi</h1>\n"
      "<p>Russia&#8217;s leader   met China&#x2019;s leader.<br>They signed deals&nbsp;worth "
      "&lt;40&gt; billion &mdash; a record.</p>\n"
      "<!-- a comment with words -->\n"
      "<ul><li>Energy</li><li>Trade &amp; grain</li></ul>\n"
      "<div>A <b>bold</b> move, 5 &lt; 6 and &#150; old &bogus; refs.</div>\n"
      "</body></html>\n";
  const auto d = read_one(dir, "page.html", file);
  CHECK(d.format == "html");
  CHECK(d.title == "Summit & Talks");
  CHECK(sentences(d) ==
        Strings{"Putin meets Xi", "Russia\xE2\x80\x99s leader met China\xE2\x80\x99s leader.",
                "They signed deals\xC2\xA0worth <40> billion \xE2\x80\x94 a record.", "Energy",
                "Trade & grain", "A bold move, 5 < 6 and \xE2\x80\x93 old &bogus; refs."});
  CHECK(d.text.find("color") == std::string::npos);
  CHECK(d.text.find("var x") == std::string::npos);
  CHECK(d.text.find("comment") == std::string::npos);
  check_offsets(d, file);
  // The apostrophe decoded from &#8217; gives the clitic token, mapped to the entity.
  for (std::size_t i = 0; i < d.tokens.size(); ++i) {
    if (testing::norm(d, i) == "'s") {
      CHECK(file.compare(static_cast<std::size_t>(d.source_offset(d.tokens[i].begin)), 2, "&#") ==
            0);
      break;
    }
  }
  // The first word after the entity maps back exactly.
  for (std::size_t i = 0; i < d.tokens.size(); ++i) {
    if (testing::surface(d, i) == "leader") {
      CHECK(d.source_offset(d.tokens[i].begin) == file.find("leader"));
      break;
    }
  }
}

TEST_CASE("HTML entities", "[text][html]") {
  std::string out;
  CHECK(text::decode_entity("&amp;x", out) == 5);
  CHECK(text::decode_entity("&#8217;", out) == 7);
  CHECK(text::decode_entity("&#x2019;", out) == 8);
  CHECK(text::decode_entity("&#0;", out) == 4);
  CHECK(text::decode_entity("&nope;", out) == 0);
  CHECK(text::decode_entity("& amp;", out) == 0);
  CHECK(out == "&\xE2\x80\x99\xE2\x80\x99\xEF\xBF\xBD");
  CHECK(text::decode_and_collapse("  a &lt;\n b  ") == "a < b");
}

TEST_CASE("malformed HTML never fails", "[text][html]") {
  TempDir dir;
  const std::string file = "<p>Open <b attr=\"x>y\">tag and 3 < 4 and <unterminated";
  const auto d = read_one(dir, "bad.html", file);
  CHECK(sentences(d) == Strings{"Open tag and 3 < 4 and"});
}
