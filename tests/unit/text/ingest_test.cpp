#include "read_helpers.hpp"
#include "temp_files.hpp"

#include <catch2/catch.hpp>

using namespace aspectdiff;
using testing::read;
using testing::sentences;
using testing::TempDir;
using Strings = std::vector<std::string>;

namespace {

// The source bytes of token i, through the document's source map.
std::string source_of(const model::Document &d, const std::string &file, std::size_t i) {
  const auto &t = d.tokens.at(i);
  const auto begin = d.source_offset(t.begin);
  return file.substr(static_cast<std::size_t>(begin), t.end - t.begin);
}

text::InputError only_error(const testing::ReadResult &r) {
  REQUIRE(r.documents.empty());
  REQUIRE(r.errors.size() == 1);
  return r.errors.front();
}

} // namespace

TEST_CASE("input formats by name and extension", "[text][ingest]") {
  CHECK(text::input_format_from("auto") == text::InputFormat::automatic);
  CHECK(text::input_format_from("jsonl") == text::InputFormat::jsonl);
  CHECK_FALSE(text::input_format_from("pdf"));
  using F = text::InputFormat;
  CHECK(text::resolve_format("a.MD", F::automatic) == F::markdown);
  CHECK(text::resolve_format("a.markdown", F::automatic) == F::markdown);
  CHECK(text::resolve_format("a.htm", F::automatic) == F::html);
  CHECK(text::resolve_format("a.ndjson", F::automatic) == F::jsonl);
  CHECK(text::resolve_format("a.txt", F::automatic) == F::text);
  CHECK(text::resolve_format("-", F::automatic) == F::text);
  CHECK(text::resolve_format("a.md", F::text) == F::text);
}

TEST_CASE("a plain text file", "[text][ingest]") {
  TempDir dir;
  const auto path = dir.write("note.txt", "Putin and Xi\n\nThey met in Moscow. Trade grew.\n");
  const auto r = read(path);
  REQUIRE(r.errors.empty());
  REQUIRE(r.documents.size() == 1);
  const auto &d = r.documents[0];
  CHECK(d.id == path);
  CHECK(d.path == path);
  CHECK(d.format == "text");
  CHECK(d.line == 0);
  CHECK(d.title == "Putin and Xi");
  CHECK(d.language == "en");
  CHECK(d.source_map.empty());
  CHECK(sentences(d) == Strings{"Putin and Xi", "They met in Moscow.", "Trade grew."});
}

TEST_CASE("a byte-order mark is dropped and offsets map through it", "[text][ingest]") {
  TempDir dir;
  const std::string file = "\xEF\xBB\xBFRussia\xE2\x80\x99s trade grew.\r\n";
  const auto r = read(dir.write("bom.txt", file));
  REQUIRE(r.documents.size() == 1);
  const auto &d = r.documents[0];
  CHECK(d.text.rfind("Russia", 0) == 0);
  for (std::size_t i = 0; i < d.tokens.size(); ++i)
    CHECK(source_of(d, file, i) == testing::surface(d, i));
  CHECK(d.source_offset(0) == 3);
}

TEST_CASE("bad input: each gets a clear error naming the file", "[text][ingest]") {
  TempDir dir;
  SECTION("missing file") {
    const auto e = only_error(read(dir.path() + "/nope.txt"));
    CHECK(e.code == "I001");
    CHECK(e.to_string() == "[I001] " + dir.path() + "/nope.txt: no such file");
  }
  SECTION("a directory") {
    const auto e = only_error(read(dir.path()));
    CHECK(e.code == "I002");
    CHECK(e.message.find("directory") != std::string::npos);
  }
  SECTION("empty and whitespace-only files") {
    CHECK(only_error(read(dir.write("empty.txt", ""))).code == "I005");
    CHECK(only_error(read(dir.write("blank.txt", " \r\n\t\n"))).code == "I005");
    CHECK(only_error(read(dir.write("bom-only.txt", "\xEF\xBB\xBF\n"))).code == "I005");
  }
  SECTION("binary: NUL bytes, or mostly control bytes") {
    const auto nul = only_error(read(dir.write("a.bin", std::string("ab\ncd\0ef", 8))));
    CHECK(nul.code == "I006");
    CHECK(nul.offset == 5);
    CHECK(nul.line == 2);
    CHECK(nul.message.find("NUL byte at byte 5") != std::string::npos);
    CHECK(only_error(read(dir.write("ctl.bin", std::string(100, '\x01') + "text"))).code == "I006");
  }
  SECTION("invalid UTF-8 names the byte offset and the line") {
    const auto e = only_error(read(dir.write("latin1.txt", "ok\nna\xEFve caf\xE9 (x)\n")));
    CHECK(e.code == "I007");
    CHECK(e.offset == 5);
    CHECK(e.line == 2);
    CHECK(e.message.find("byte 0xEF followed by 0x76") != std::string::npos);
    CHECK(e.to_string().rfind("[I007] " + dir.path() + "/latin1.txt:2: invalid UTF-8 at byte 5",
                              0) == 0);
    // Truncated at the end, a surrogate, an overlong form, a stray continuation byte.
    CHECK(only_error(read(dir.write("cut.txt", "abc\xE2\x80"))).offset == 3);
    CHECK(only_error(read(dir.write("sur.txt", "a\xED\xA0\x80"))).code == "I007");
    CHECK(only_error(read(dir.write("over.txt", "a\xC0\xAF"))).code == "I007");
    CHECK(only_error(read(dir.write("cont.txt", "a\x80"))).code == "I007");
    // UTF-16 says so.
    const auto u16 = only_error(read(dir.write("u16.txt", std::string("\xFF\xFEh\0i\0", 6))));
    CHECK(u16.code == "I007");
    CHECK(u16.message.find("UTF-16") != std::string::npos);
  }
  SECTION("a file over the size limit") {
    text::ReadOptions small;
    small.max_bytes = 100;
    const auto e = only_error(
        read(dir.write("big.txt", std::string(200, 'a')), text::InputFormat::automatic, small));
    CHECK(e.code == "I008");
    CHECK(e.message.find("limit") != std::string::npos);
  }
  SECTION("HTML with no visible text") {
    const auto e = only_error(read(dir.write("s.html", "<script>var a = 1;</script>")));
    CHECK(e.code == "I005");
  }
}

TEST_CASE("a 50 MB file is read under the default limit", "[text][ingest][large]") {
  TempDir dir;
  std::string big;
  big.reserve(50u << 20);
  const std::string para = "The pipeline carried 38 billion cubic metres of gas in 2023, "
                           "Mr. Novak said; Russia\xE2\x80\x99s exports rose.\n\n";
  while (big.size() < (50u << 20))
    big += para;
  const auto r = read(dir.write("big.txt", big));
  REQUIRE(r.errors.empty());
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].text.size() == big.size());
  CHECK(r.documents[0].paragraphs.size() == big.size() / para.size());
}

TEST_CASE("one bad input does not stop the next", "[text][ingest]") {
  TempDir dir;
  std::vector<model::Document> docs;
  std::vector<text::InputError> errors;
  for (const auto &p : {dir.path() + "/missing.txt", dir.write("ok.txt", "Fine text here.")})
    text::read_input(
        p, text::InputFormat::automatic, [&](model::Document &&d) { docs.push_back(std::move(d)); },
        [&](text::InputError &&e) { errors.push_back(std::move(e)); });
  CHECK(errors.size() == 1);
  CHECK(docs.size() == 1);
}
