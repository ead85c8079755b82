#include "report/json_stream.hpp"
#include "report/report.hpp"
#include "sample_runs.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <sstream>
#include <string_view>

using namespace aspectdiff;
using nlohmann::json;

namespace {

json extract_json(bool evidence_text = false, report::Detail detail = report::Detail::full) {
  std::ostringstream out;
  report::write_extract_json(out, report::testing::sample_extract_run(), {evidence_text, detail});
  return json::parse(out.str());
}

json compare_json(bool evidence_text = false, report::Detail detail = report::Detail::full) {
  std::ostringstream out;
  report::write_compare_json(out, report::testing::sample_compare_run(), {evidence_text, detail});
  return json::parse(out.str());
}

} // namespace

TEST_CASE("extract JSON carries the schema tag, metadata and every aspect result", "[report]") {
  const auto j = extract_json();
  CHECK(j.at("schema") == "aspectdiff/3");
  CHECK(j.at("kind") == "extract");
  CHECK(j.at("detail") == "full");
  REQUIRE(j.at("documents").size() == 2);

  const auto &a = j["documents"][0];
  CHECK(a.at("id") == "samples/a.txt");
  CHECK(a.at("path") == "samples/a.txt");
  CHECK(a.at("format") == "text");
  CHECK(a.at("language") == "en");
  CHECK(a.at("word_count") == 19);
  CHECK(a.at("sentence_count") == 4);
  CHECK(a.at("title").is_null());
  CHECK(j["documents"][1].at("title") == "Pipeline | politics");

  const auto &style = a.at("aspects").at("style");
  CHECK(style.at("status") == "ok");
  CHECK(style.at("error").is_null());
  CHECK(style.at("provenance").at("plugin") == "style");
  CHECK(style.at("provenance").at("abi") == "1.0");
  CHECK(style.at("provenance").at("config_hash") == "0123456789abcdef0123456789abcdef");
  const auto &mean = style.at("metrics").at(0);
  CHECK(mean.at("name") == "mean_sentence_length");
  CHECK(mean.at("kind") == "value");
  CHECK(mean.at("value") == 6.5);
  REQUIRE(mean.at("sentence_values").size() == 4);
  CHECK(mean["sentence_values"][1] == 5);
  CHECK_FALSE(mean.contains("sentence_index")); // value i is sentence i
  REQUIRE(a.at("sentences").size() == 4);
  CHECK(a["sentences"][1].at(0) == 24);
  CHECK(a["sentences"][1].size() == 2);

  const auto &putin = a["aspects"].at("actors").at("items").at(0);
  CHECK(putin.at("key") == "putin");
  CHECK(putin.at("attributes").at("role") == "leader");
  CHECK(putin.at("evidence").at(0) == json::array({0, 5}));
  CHECK(a["aspects"]["actors"].at("notes").at(0) == "2 actors found");

  const auto &failed = j["documents"][1]["aspects"].at("actors");
  CHECK(failed.at("status") == "failed");
  CHECK(failed.at("error") == "gazetteer could not be read");

  REQUIRE(j.at("errors").size() == 1);
  CHECK(j["errors"][0].at("code") == "I003");
  CHECK(j["errors"][0].at("aspect").is_null());
  REQUIRE(j.at("plugins").size() == 2);
  CHECK(j["plugins"][1].at("path") == "/opt/plugins/libactors.so");
}

TEST_CASE("by default each aspect result leaves out labels of metrics, kinds, attributes and "
          "sentence values; at metrics detail, items too",
          "[report]") {
  const report::JsonOptions defaults;
  CHECK(defaults.detail == report::Detail::items);
  const auto j = extract_json(false, defaults.detail);
  CHECK(j.at("detail") == "items");
  const auto &a = j.at("documents").at(0).at("aspects");
  const auto &mean = a.at("style").at("metrics").at(0);
  CHECK(mean.at("name") == "mean_sentence_length");
  CHECK(mean.at("value") == 6.5);
  CHECK(mean.contains("evidence"));
  CHECK_FALSE(mean.contains("label"));
  CHECK_FALSE(mean.contains("kind"));
  CHECK_FALSE(mean.contains("sentence_values"));
  const auto &putin = a.at("actors").at("items").at(0);
  CHECK(putin.at("key") == "putin");
  CHECK(putin.contains("label")); // an item's label is its display name, kept
  CHECK(putin.at("evidence").at(0) == json::array({0, 5}));
  CHECK_FALSE(putin.contains("attributes"));

  const auto m = extract_json(false, report::Detail::metrics);
  CHECK(m.at("detail") == "metrics");
  const auto &actors = m.at("documents").at(0).at("aspects").at("actors");
  CHECK_FALSE(actors.contains("items"));
  CHECK(actors.at("metrics").size() == a.at("actors").at("metrics").size());

  // The comparisons are the same at every detail; only the documents' results shrink.
  CHECK(compare_json(false, report::Detail::metrics).at("comparisons") ==
        compare_json(false, report::Detail::full).at("comparisons"));
}

TEST_CASE("non-finite numbers are written as null", "[report]") {
  const auto e = extract_json();
  const auto &metrics = e["documents"][0]["aspects"]["style"]["metrics"];
  REQUIRE(metrics.at(5).at("name") == "mtld");
  CHECK(metrics[5].at("value").is_null());

  const auto c = compare_json();
  const auto &mtld = c["comparisons"][0]["aspects"]["style"]["metrics"].at(3);
  REQUIRE(mtld.at("name") == "mtld");
  CHECK(mtld.at("a").is_null());
  CHECK(mtld.at("b") == 42.0);
  CHECK(mtld.at("delta").is_null());
}

TEST_CASE("compare JSON carries comparisons, evidence from both sides and the ranking",
          "[report]") {
  const auto j = compare_json();
  CHECK(j.at("schema") == "aspectdiff/3");
  CHECK(j.at("kind") == "compare");
  CHECK(j.at("reference") == "samples/a.txt");
  CHECK(j.at("reference_failed") == false);
  REQUIRE(j.at("comparisons").size() == 1);
  const auto &c = j["comparisons"][0];
  CHECK(c.at("a") == "samples/a.txt");
  CHECK(c.at("b") == "samples/b.txt");
  CHECK(c.at("overall") == 0.8125);

  const auto &style = c.at("aspects").at("style");
  CHECK(style.at("comparable") == true);
  CHECK(style.at("similarity") == 0.8125);
  const auto &mean = style.at("metrics").at(0);
  CHECK(mean.at("delta") == -2.5);
  CHECK(mean.at("interval") == json{{"low", -4.0}, {"high", -1.0}, {"distinguishable", true}});
  CHECK(mean.at("evidence_a").at(0).size() == 2);
  CHECK(style["metrics"][2].at("interval").is_null());

  CHECK(style.at("only_a").at(0).at("key") == "energy");
  CHECK(style.at("only_b").at(0).at("evidence_b").at(0).size() == 2);
  const auto &moscow = style.at("shared").at(0);
  CHECK(moscow.at("weight_change").get<double>() == Approx(0.4));
  CHECK(moscow.at("evidence_a").at(0).at(0) == 16);
  CHECK(moscow.at("evidence_b").at(0).at(0) == 11);
  CHECK(style.at("findings").at(0).at("magnitude") == 0.5);

  const auto &actors = c["aspects"].at("actors");
  CHECK(actors.at("comparable") == false);
  CHECK(actors.at("why_not") == "actors failed for samples/b.txt");
  CHECK(actors.at("similarity").is_null());

  REQUIRE(j.at("ranking").size() == 1);
  CHECK(j["ranking"][0].at("rank") == 1);
  CHECK(j["ranking"][0].at("document") == "samples/b.txt");
  CHECK(j["ranking"][0].at("aspects").at("style") == 0.8125);
  CHECK(j.at("documents").size() == 2);
  CHECK(j.at("errors").size() == 1);
}

TEST_CASE("evidence text, when asked for, is each span's third element on both sides", "[report]") {
  const auto e = extract_json(true);
  const auto &putin = e["documents"][0]["aspects"]["actors"]["items"].at(0);
  CHECK(putin.at("evidence").at(0) == json::array({0, 5, "Putin"}));

  const auto c = compare_json(true);
  const auto &style = c["comparisons"][0]["aspects"].at("style");
  CHECK(style["metrics"][0].at("evidence_a").at(0).at(2) == "The talks");
  CHECK(style["metrics"][0].at("evidence_b").at(0).at(2) == "Sanctions");
  CHECK(style.at("only_b").at(0).at("evidence_b").at(0).at(2) == "Sanctions");

  // Without it, no span anywhere carries text.
  const auto plain = extract_json().dump() + compare_json().dump();
  CHECK(plain.find("\"Putin\"]") == std::string::npos);
  CHECK(plain.find("\"Sanctions\"]") == std::string::npos);
}

TEST_CASE("the extract writer hands on each document as soon as it is added", "[report]") {
  const auto run = report::testing::sample_extract_run();
  for (const bool lines : {false, true}) {
    std::vector<std::string> pieces;
    report::ExtractJsonWriter writer([&](std::string_view text) { pieces.emplace_back(text); },
                                     lines);
    const std::size_t before = pieces.size();
    writer.document(run.documents[0], &run.results[0]);
    REQUIRE(pieces.size() == before + 1);
    CHECK_THAT(pieces.back(), Catch::Contains("\"samples/a.txt\""));
    writer.document(run.documents[1], &run.results[1]);
    REQUIRE(pieces.size() == before + 2);
    CHECK_THAT(pieces.back(), Catch::Contains("\"samples/b.txt\""));
    writer.finish(run.errors, run.plugins);

    // Piece by piece, the same bytes as the whole-run writer.
    std::string joined;
    for (const auto &p : pieces)
      joined += p;
    std::ostringstream whole;
    if (lines)
      report::write_extract_jsonl(whole, run);
    else
      report::write_extract_json(whole, run);
    CHECK(joined == whole.str());
  }
}

TEST_CASE("JSON Lines: one line per document with its id, then one per error", "[report]") {
  std::ostringstream out;
  report::write_extract_jsonl(out, report::testing::sample_extract_run());
  std::istringstream in(out.str());
  std::vector<json> lines;
  for (std::string line; std::getline(in, line);)
    lines.push_back(json::parse(line));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].at("schema") == "aspectdiff/3");
  CHECK(lines[0].at("kind") == "document");
  CHECK(lines[0].at("id") == "samples/a.txt");
  CHECK(lines[0].at("aspects").contains("style"));
  CHECK(lines[1].at("id") == "samples/b.txt");
  CHECK(lines[1]["aspects"]["actors"].at("status") == "failed");
  CHECK(lines[2].at("kind") == "error");
  CHECK(lines[2].at("code") == "I003");
  CHECK(lines[2].at("document") == "samples/missing.txt");
}

TEST_CASE("invalid UTF-8 in a document never breaks the JSON", "[report]") {
  model::ExtractRun run;
  run.documents.push_back(report::testing::make_document("bad.txt", "ok \xff\xfe bytes."));
  model::DocumentResult result;
  result.document_id = "bad.txt";
  model::AspectResult r;
  r.aspect = "style";
  r.items.push_back({"k", "label", "", 1.0, 1, {}, {{0, 11}}});
  result.aspects.push_back(r);
  run.results.push_back(result);
  std::ostringstream out;
  REQUIRE_NOTHROW(report::write_extract_json(out, run, {true}));
  const auto j = json::parse(out.str());
  CHECK(j["documents"][0]["aspects"]["style"]["items"][0]["evidence"][0][2] ==
        "ok \xef\xbf\xbd\xef\xbf\xbd bytes");
}

TEST_CASE("a compare run whose reference failed names no reference", "[report]") {
  auto run = report::testing::sample_compare_run();
  run.reference_failed = true;
  run.documents.erase(run.documents.begin());
  run.results.clear();
  run.comparisons.clear();
  run.ranking.clear();
  std::ostringstream out;
  report::write_compare_json(out, run);
  const auto j = json::parse(out.str());
  CHECK(j.at("reference_failed") == true);
  CHECK(j.at("reference").is_null());
  REQUIRE(j.at("documents").size() == 1);
  CHECK(j["documents"][0].at("aspects").empty());

  std::ostringstream text;
  report::write_compare_terminal(text, run, {});
  CHECK(text.str().find("The reference could not be read") != std::string::npos);
  CHECK(text.str().find("reference: samples/b.txt") == std::string::npos);
}

namespace {

std::string stream_string(std::string_view text) {
  std::string out;
  report::append_json_string(out, text);
  return out;
}

std::string stream_double(double v) {
  std::string out;
  report::append_json_double(out, v);
  return out;
}

} // namespace

TEST_CASE("streamed strings escape quotes and control characters like nlohmann", "[report]") {
  const std::string all_ascii = [] {
    std::string s;
    for (int c = 0; c < 128; ++c)
      s += static_cast<char>(c);
    return s;
  }();
  for (const std::string &text : {std::string("plain"), std::string("say \"hi\" \\ back"),
                                  std::string("tab\there\nnew\rline\b\f"), all_ascii,
                                  std::string("Путин и Си 习近平 🙂")})
    CHECK(stream_string(text) == json(text).dump());
}

TEST_CASE("streamed strings replace ill-formed UTF-8 as nlohmann does", "[report]") {
  const auto nlohmann_dump = [](const std::string &s) {
    return json(s).dump(-1, ' ', false, json::error_handler_t::replace);
  };
  for (const std::string &text :
       {std::string("\x80"), std::string("a\xffz"), std::string("\xc3"), std::string("\xc3z"),
        std::string("\xe2\x82"), std::string("\xe2\x82z"), std::string("\xe0\x80\x80"),
        std::string("\xed\xa0\x80"), std::string("\xf4\x90\x80\x80"), std::string("\xc0\xaf"),
        std::string("\xf0\x9f\x99"), std::string("\xf0\x9f\x99\x82\xf0"),
        std::string("ok \xe2\x82\xe2\x82\xac end")})
    CHECK(stream_string(text) == nlohmann_dump(text));
}

TEST_CASE("streamed doubles are shortest round-trip and look like doubles", "[report]") {
  CHECK(stream_double(14.0) == "14.0");
  CHECK(stream_double(0.0) == "0.0");
  CHECK(stream_double(-0.0) == "-0.0");
  CHECK(stream_double(0.25) == "0.25");
  CHECK(stream_double(-6.5) == "-6.5");
  CHECK(stream_double(0.1) == "0.1");
  CHECK(stream_double(1e20) == "1e+20");
  CHECK(stream_double(1.5e-7) == "1.5e-07");
  CHECK(stream_double(123456789012345.0) == "123456789012345.0");
  CHECK(stream_double(1234567890123456.0) == "1.234567890123456e+15");
  CHECK(stream_double(0.0001) == "0.0001");
  CHECK(stream_double(0.00001) == "1e-05");
  std::uint64_t state = 0x9e3779b97f4a7c15ULL; // xorshift: many magnitudes and digit counts
  for (int i = 0; i < 20000; ++i) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    double v = 0;
    std::memcpy(&v, &state, sizeof v);
    if (!std::isfinite(v)) continue;
    const std::string text = stream_double(v);
    INFO(text);
    REQUIRE(text.find_first_of(".e") != std::string::npos);
    REQUIRE(json::parse(text).get<double>() == v);
    REQUIRE(text.size() <= json(v).dump().size()); // never longer than nlohmann's digits
  }
}

TEST_CASE("numbers are written with six significant digits, integers without a point", "[report]") {
  const auto number = [](double v) {
    std::string out;
    report::append_json_number(out, v);
    return out;
  };
  CHECK(number(14.0) == "14");
  CHECK(number(0.25) == "0.25");
  CHECK(number(1.0 / 3.0) == "0.333333");
  CHECK(number(72.60726072607261) == "72.6073");
  CHECK(number(-0.11767437060674032) == "-0.117674");
  CHECK(number(1.5e-7) == "1.5e-07");
  CHECK(number(123456789.0) == "1.23457e+08");
  for (const double v : {0.1, 0.5851270957274202, -3.3003300330033003, 1e-12, 4e9}) {
    INFO(v);
    CHECK(json::parse(number(v)).get<double>() == Approx(v).epsilon(5e-6));
  }
}

TEST_CASE("a pretty stream lays out objects and arrays as nlohmann's dump does", "[report]") {
  std::string out;
  report::JsonStream w(out, true);
  w.begin_object();
  w.key("a");
  w.number(std::uint64_t{1});
  w.key("empty_array");
  w.begin_array();
  w.end_array();
  w.key("empty_object");
  w.begin_object();
  w.end_object();
  w.key("list");
  w.begin_array();
  w.boolean(true);
  w.null();
  w.begin_object();
  w.key("x");
  w.number(std::numeric_limits<double>::quiet_NaN());
  w.key("y");
  w.optional_string("");
  w.end_object();
  w.end_array();
  w.end_object();
  const json expected = json::parse(R"({"a": 1, "empty_array": [], "empty_object": {},
                                         "list": [true, null, {"x": null, "y": null}]})");
  CHECK(out == expected.dump(2));

  std::string line;
  report::JsonStream compact(line, false);
  compact.begin_array();
  compact.string("s");
  compact.number(2.5);
  compact.number(3.0);
  compact.end_array();
  CHECK(line == R"(["s",2.5,3])");
}

TEST_CASE("evidence spans stand on one line each in pretty JSON", "[report]") {
  std::string out;
  report::JsonStream w(out, true);
  w.begin_object();
  w.key("evidence");
  w.begin_array();
  for (const std::uint64_t begin : {0u, 24u}) {
    w.begin_inline_array();
    w.number(begin);
    w.number(begin + 5);
    w.end_array();
  }
  w.begin_inline_array();
  w.end_array();
  w.end_array();
  w.end_object();
  CHECK(out == "{\n  \"evidence\": [\n    [0, 5],\n    [24, 29],\n    []\n  ]\n}");
  CHECK(json::parse(out) == json::parse(R"({"evidence": [[0, 5], [24, 29], []]})"));

  std::string line; // JSON Lines: no spaces at all
  report::JsonStream compact(line, false);
  compact.begin_inline_array();
  compact.number(std::uint64_t{3});
  compact.number(std::uint64_t{4});
  compact.end_array();
  CHECK(line == "[3,4]");

  std::ostringstream text; // and the writers use them
  report::write_extract_json(text, report::testing::sample_extract_run());
  CHECK_THAT(text.str(), Catch::Contains("[0, 5]"));
}

TEST_CASE("the extract writer puts each error where it is added", "[report]") {
  const auto run = report::testing::sample_extract_run();
  const model::RunError unreadable{"I001", "gone.txt", "", "[I001] gone.txt: no such file"};
  const model::RunError late{"E001", "late.txt", "", "late"};
  for (const bool lines : {false, true}) {
    INFO("lines " << lines);
    std::string text;
    report::ExtractJsonWriter writer([&](std::string_view piece) { text += piece; }, lines);
    writer.document(run.documents[0], &run.results[0]);
    writer.error(unreadable);
    writer.document(run.documents[1], &run.results[1]);
    writer.finish({late}, run.plugins);
    if (lines) {
      // In place: between the two documents, and the one given to finish() last.
      std::vector<std::string> order;
      std::istringstream in(text);
      for (std::string line; std::getline(in, line);) {
        const auto j = nlohmann::json::parse(line);
        order.push_back(j.at(j.at("kind") == "document" ? "id" : "document"));
      }
      CHECK(order ==
            std::vector<std::string>{"samples/a.txt", "gone.txt", "samples/b.txt", "late.txt"});
    } else {
      const auto j = nlohmann::json::parse(text);
      REQUIRE(j.at("errors").size() == 2);
      CHECK(j["errors"][0].at("document") == "gone.txt");
      CHECK(j["errors"][1].at("document") == "late.txt");
    }
  }
}
