#include "plugins/worker_protocol.hpp"
#include "text/segment.hpp"

#include <catch2/catch.hpp>

using namespace aspectdiff;
namespace protocol = aspectdiff::plugins::protocol;

namespace {

model::AspectResult sample_result() {
  model::AspectResult r;
  r.aspect = "counter";
  r.provenance = {"counter", "2.1.0", 1, 0, "0123456789abcdef0123456789abcdef"};
  auto &m = r.metrics.emplace_back();
  m.name = "words";
  m.value = 12;
  m.kind = model::MetricKind::count;
  m.evidence = {{0, 4}, {5, 9}};
  auto &it = r.items.emplace_back();
  it.key = "k";
  it.label = "Key";
  it.attributes = {{"role", "agent"}};
  r.notes = {"a note"};
  return r;
}

} // namespace

TEST_CASE("an extract request carries the document and its inputs across unchanged",
          "[plugins][isolation]") {
  model::Document doc;
  doc.text = "First sentence here. And a second one.\n\nNew paragraph.";
  text::segment(doc);
  doc.id = "doc-1";
  doc.title = "A title";
  const auto input = sample_result();
  const auto decoded = protocol::decode_extract(protocol::encode_extract(doc, {&input}));
  REQUIRE(decoded.has_value());
  const auto &d = decoded->document;
  CHECK(d.id == "doc-1");
  CHECK(d.title == "A title");
  CHECK(d.text == doc.text);
  CHECK(d.normalised == doc.normalised);
  CHECK(d.language == doc.language);
  CHECK(d.word_count == doc.word_count);
  REQUIRE(d.tokens.size() == doc.tokens.size());
  CHECK(d.tokens.back().norm_end == doc.tokens.back().norm_end);
  CHECK(d.sentences.size() == doc.sentences.size());
  CHECK(d.paragraphs.size() == 2);
  REQUIRE(decoded->inputs.size() == 1);
  CHECK(decoded->inputs[0].metrics.at(0).evidence.size() == 2);
  CHECK(decoded->inputs[0].items.at(0).attributes.at(0).second == "agent");
}

TEST_CASE("replies round-trip and a payload of another kind or a torn one is refused",
          "[plugins][isolation]") {
  const auto result = protocol::encode(sample_result());
  const auto back = protocol::decode_result(result);
  REQUIRE(back.has_value());
  CHECK(back->notes == std::vector<std::string>{"a note"});
  CHECK(back->provenance.config_hash == "0123456789abcdef0123456789abcdef");
  CHECK_FALSE(protocol::decode_result(result.substr(0, result.size() - 1)).has_value());
  CHECK_FALSE(protocol::decode_result(result + "x").has_value());
  CHECK_FALSE(protocol::decode_created(result).has_value());
  CHECK_FALSE(protocol::kind_of("").has_value());
  CHECK_FALSE(protocol::kind_of("Z").has_value());

  protocol::Compared compared;
  compared.similarity = 0.25;
  compared.findings.push_back({"k", "B says more", "c", 1, 2, 0.5, {{0, 3}}, {{1, 2}}});
  compared.findings.back().coverage = 0.25;
  const auto c = protocol::decode_compared(protocol::encode(compared));
  REQUIRE(c.has_value());
  CHECK(c->similarity == 0.25);
  REQUIRE(c->findings.size() == 1);
  CHECK(c->findings[0].evidence_b.at(0).end == 2);
  CHECK(c->findings[0].coverage == 0.25);

  const auto f = protocol::decode_failure(protocol::encode(protocol::Failure{true, "P021", "no"}));
  REQUIRE(f.has_value());
  CHECK(f->usage);
  CHECK(f->code == "P021");

  protocol::CreateRequest create;
  create.settings.push_back({"lexicon.extra", ASPECTDIFF_VALUE_STRING, "x.tsv", 0});
  create.config_dir = "/etc/aspectdiff";
  const auto cr = protocol::decode_create(protocol::encode(create));
  REQUIRE(cr.has_value());
  CHECK(cr->settings.at(0).text == "x.tsv");
  CHECK(cr->config_dir == "/etc/aspectdiff");
}
