#include "read_helpers.hpp"
#include "temp_files.hpp"

#include <catch2/catch.hpp>

using namespace aspectdiff;
using testing::read;
using testing::TempDir;

TEST_CASE("JSONL: good and bad lines", "[text][jsonl]") {
  TempDir dir;
  const std::string file =
      "{\"id\": \"a\", \"text\": \"Russia\\u2019s trade grew.\", \"title\": \"T\", "
      "\"source\": \"wire\", \"date\": \"2024-05-16\", \"url\": \"https://x.org\"}\r\n"
      "\n"
      "not json at all\n"
      "{\"id\": \"c\"}\n"
      "{\"text\": \"No id here. Second sentence.\"}\n"
      "[1, 2]\n"
      "{\"id\": 7, \"text\": \"Numbered id.\", \"title\": null}\n"
      "{\"id\": \"e\", \"text\": 42}\n"
      "{\"id\": \"f\", \"text\": \"   \"}\n"
      "{\"id\": \"g\", \"text\": \"ok\", \"title\": [1]}\n"
      "{\"id\": \"h\", \"text\": \"caf\xE9\"}\n"
      "{\"id\": \"last\", \"text\": \"No final newline.\"}";
  const std::string path = dir.write("notes.jsonl", file);
  const auto r = read(path);

  REQUIRE(r.documents.size() == 4);
  const auto &a = r.documents[0];
  CHECK(a.id == "a");
  CHECK(a.path == path);
  CHECK(a.line == 1);
  CHECK(a.format == "jsonl");
  CHECK(a.text == "Russia\xE2\x80\x99s trade grew.");
  CHECK(a.title == "T");
  CHECK(a.source == "wire");
  CHECK(a.date == "2024-05-16");
  CHECK(a.url == "https://x.org");
  CHECK(testing::norm(a, 1) == "'s");

  CHECK(r.documents[1].id == path + ":5");
  CHECK(r.documents[1].sentences.size() == 2);
  CHECK(r.documents[2].id == "7");
  CHECK(r.documents[2].title.empty());
  CHECK(r.documents[3].id == "last");
  CHECK(r.documents[3].line == 12);

  REQUIRE(r.errors.size() == 7);
  const auto &not_json = r.errors[0];
  CHECK(not_json.code == "I004");
  CHECK(not_json.line == 3);
  CHECK(not_json.message.rfind("not JSON: ", 0) == 0);
  CHECK(not_json.offset >= file.find("not json"));

  CHECK(r.errors[1].code == "I003");
  CHECK(r.errors[1].to_string() == "[I003] " + path + ":4: record has no \"text\" field");
  CHECK(r.errors[2].code == "I004"); // an array, not an object
  CHECK(r.errors[2].line == 6);
  CHECK(r.errors[3].code == "I010"); // text is a number
  CHECK(r.errors[4].code == "I005"); // blank text
  CHECK(r.errors[5].code == "I010"); // title is an array
  CHECK(r.errors[5].message.find("\"title\"") != std::string::npos);
  CHECK(r.errors[6].code == "I007"); // invalid UTF-8 inside the line
  CHECK(r.errors[6].line == 11);
  CHECK(r.errors[6].offset == file.find("\xE9"));
}

TEST_CASE("JSONL: whole-file problems", "[text][jsonl]") {
  TempDir dir;
  SECTION("binary") {
    const auto r = read(dir.write("b.jsonl", std::string("{\"text\": \"a\0\"}", 14)));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "I006");
    CHECK(r.documents.empty());
  }
  SECTION("no records") {
    const auto r = read(dir.write("e.jsonl", "\n\n"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "I005");
  }
  SECTION("not JSON Lines at all: bounded errors") {
    std::string text;
    for (int i = 0; i < 500; ++i)
      text += "plain prose line\n";
    const auto r = read(dir.write("p.jsonl", text));
    CHECK(r.documents.empty());
    CHECK(r.errors.size() == 101);
    CHECK(r.errors.back().message.find("is this a JSON Lines file?") != std::string::npos);
  }
  SECTION("a line over the limit is one error; the next line still reads") {
    text::ReadOptions small;
    small.max_bytes = 64;
    const std::string long_line = "{\"text\": \"" + std::string(5000, 'a') + "\"}\n";
    const auto r = read(dir.write("l.jsonl", long_line + "{\"text\": \"Short one.\"}\n"),
                        text::InputFormat::automatic, small);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "I008");
    CHECK(r.errors[0].line == 1);
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].line == 2);
  }
  SECTION("format forced on another extension, and a BOM on the first line") {
    const auto r = read(dir.write("x.txt", "\xEF\xBB\xBF{\"text\": \"Hello there.\"}\n"),
                        text::InputFormat::jsonl);
    REQUIRE(r.errors.empty());
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].text == "Hello there.");
  }
}
