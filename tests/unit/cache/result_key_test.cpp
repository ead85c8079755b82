#include "cache/result_key.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <vector>

using namespace aspectdiff;

namespace {

model::Document document() {
  model::Document doc;
  doc.id = "samples/essay.txt";
  doc.title = "An essay";
  doc.text = "Putin met Xi.";
  doc.normalised = "putinmetxi.";
  doc.tokens = {
      {0, 5, 0, 5, 3, 0}, {6, 9, 5, 8, 1, 0}, {10, 12, 8, 10, 3, 0}, {12, 13, 10, 11, 8, 0}};
  doc.sentences = {{0, 13, 0, 4}};
  doc.paragraphs = {{0, 13, 0, 1}};
  doc.word_count = 3;
  doc.language = "en";
  return doc;
}

model::Provenance provenance() {
  return {"actors", "1.0.0", 1, 0, "00112233445566778899aabbccddeeff"};
}

} // namespace

TEST_CASE("result key: 32 hex digits, stable for the same inputs", "[cache][key]") {
  const std::vector<std::string> inputs{"aaaa", "bbbb"};
  const std::string k = cache::result_key(document(), provenance(), inputs);
  CHECK(k.size() == 32);
  CHECK(k.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(cache::result_key(document(), provenance(), inputs) == k);

  // The id (the path) is not part of it: the same text elsewhere reuses the result.
  auto moved = document();
  moved.id = "elsewhere/essay.txt";
  moved.path = "elsewhere/essay.txt";
  CHECK(cache::result_key(moved, provenance(), inputs) == k);
}

TEST_CASE("result key: changes with everything a result depends on", "[cache][key]") {
  const std::vector<std::string> inputs{"aaaa", "bbbb"};
  std::set<std::string> keys{cache::result_key(document(), provenance(), inputs)};
  std::size_t variants = 1;
  auto with_doc = [&](auto change) {
    auto doc = document();
    change(doc);
    keys.insert(cache::result_key(doc, provenance(), inputs));
    ++variants;
  };
  auto with_provenance = [&](auto change) {
    auto p = provenance();
    change(p);
    keys.insert(cache::result_key(document(), p, inputs));
    ++variants;
  };
  auto with_inputs = [&](std::vector<std::string> other) {
    keys.insert(cache::result_key(document(), provenance(), other));
    ++variants;
  };

  with_doc([](model::Document &d) { d.text[0] = 'p'; });
  with_doc([](model::Document &d) { d.title = "Another essay"; });
  with_doc([](model::Document &d) { d.date = "2024-05-16"; });
  with_doc([](model::Document &d) { d.language = "und"; });
  with_doc([](model::Document &d) { d.tokens[1].flags = 0; });
  with_doc([](model::Document &d) { d.sentences[0].end = 12; });
  with_provenance([](model::Provenance &p) { p.config_hash[0] = '9'; });
  with_provenance([](model::Provenance &p) { p.version = "1.0.1"; });
  with_provenance([](model::Provenance &p) { p.plugin = "actors2"; });
  with_provenance([](model::Provenance &p) { p.abi_minor = 1; });
  with_inputs({"aaaa", "bbbc"});
  with_inputs({"bbbb", "aaaa"});
  with_inputs({"aaaabbbb"});
  with_inputs({});
  CHECK(keys.size() == variants);
}
