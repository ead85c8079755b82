// The hedging aspect's own comparison: density ratios with intervals, the certainty index
// delta, and an actor one document hedges about while the other asserts.
#include "hedging_support.hpp"

using namespace hedging_test;

namespace {

const aspectdiff::model::Finding *finding_of(const aspectdiff::model::AspectComparison &c,
                                             std::string_view key) {
  for (const auto &f : c.findings)
    if (f.key == key) return &f;
  return nullptr;
}

AspectResult russia_actor(const Document &doc) {
  AspectResult r;
  r.aspect = "actors";
  r.provenance.plugin = "actors";
  r.provenance.version = "1.0.0";
  aspectdiff::model::Item item;
  item.key = "state:RU";
  item.label = "Russia";
  item.category = "state";
  for (auto pos = doc.text.find("Russia"); pos != std::string::npos;
       pos = doc.text.find("Russia", pos + 1))
    item.evidence.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + 6)});
  item.count = item.evidence.size();
  r.items.push_back(item);
  return r;
}

aspectdiff::model::AspectComparison compare(const Document &a, const AspectResult &ra,
                                            const Document &b, const AspectResult &rb) {
  const auto &instance = aspectdiff::testing::plugin_instance("hedging");
  REQUIRE(instance.has_compare());
  aspectdiff::model::AspectComparison out;
  REQUIRE(instance.compare(a, ra, b, rb, out).empty());
  return out;
}

} // namespace

TEST_CASE("hedging: compare finds the hedging document and the claims it hedges",
          "[hedging][compare]") {
  const auto a = make_document(
      "Russia may perhaps need Chinese money. Russia might possibly lose the war. It seems that "
      "Russia is isolated. The summit took place in Beijing. Trade appears to be growing.");
  const auto b = make_document(
      "Russia clearly needs Chinese money. Russia is losing the war. Russia is certainly "
      "isolated. The summit took place in Beijing. Trade is growing.");
  const auto ra = hedging_of(a, "", {russia_actor(a)});
  const auto rb = hedging_of(b, "", {russia_actor(b)});
  const auto out = compare(a, ra, b, rb);

  const auto *hedges = finding_of(out, "density_ratio:hedges_per_1k");
  REQUIRE(hedges != nullptr);
  CHECK(hedges->value_a > 0.0);
  CHECK(hedges->value_b == 0.0);
  CHECK_FALSE(hedges->evidence_a.empty());

  const auto *index = finding_of(out, "certainty_index_delta");
  REQUIRE(index != nullptr);
  CHECK(index->value_b > index->value_a);
  CHECK(index->label.find("B sounds more certain than A") != std::string::npos);

  const auto *russia = finding_of(out, "hedged_vs_asserted:state:RU");
  REQUIRE(russia != nullptr);
  CHECK(russia->label.find("A hedges claims about Russia") != std::string::npos);
  REQUIRE_FALSE(russia->evidence_a.empty());
  REQUIRE_FALSE(russia->evidence_b.empty());
  CHECK(text_of(a, russia->evidence_a[0]) == "Russia may perhaps need Chinese money.");
  CHECK(text_of(b, russia->evidence_b[0]) == "Russia clearly needs Chinese money.");
  CHECK(out.similarity < 0.6);
}

TEST_CASE("hedging: density ratios carry a bootstrap interval", "[hedging][compare]") {
  const auto a = make_document("Prices might rise. Trade grew. Exports fell. Oil may recover. "
                               "Gas prices rose. The rouble fell.");
  const auto b = make_document("Prices might rise. Trade may grow. Exports could possibly fall. "
                               "Oil may recover. Gas prices perhaps rose. The rouble fell.");
  const auto ra = hedging_of(a), rb = hedging_of(b);
  const auto out = compare(a, ra, b, rb);
  const auto *hedges = finding_of(out, "density_ratio:hedges_per_1k");
  REQUIRE(hedges != nullptr);
  CHECK(hedges->value_b > hedges->value_a);
  CHECK(hedges->label.find("95% interval") != std::string::npos);
  CHECK(hedges->magnitude > 0.0);
}

TEST_CASE("hedging: a document compared with itself is similarity 1", "[hedging][compare]") {
  const auto a = make_document("Russia may need money. Clearly, China has it.");
  const auto ra = hedging_of(a);
  const auto out = compare(a, ra, a, ra);
  CHECK(out.similarity == Approx(1.0));
  CHECK(finding_of(out, "hedged_vs_asserted:state:RU") == nullptr);
}
