#include "plugins/result_collector.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <vector>

using namespace aspectdiff;

namespace {

aspectdiff_str str(std::string_view s) noexcept {
  return {s.data(), s.size()};
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs(const std::vector<model::Span> &spans) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (const auto &s : spans)
    out.emplace_back(s.begin, s.end);
  return out;
}

} // namespace

TEST_CASE("the result collector keeps items metrics and notes as written", "[plugins]") {
  model::AspectResult result;
  const plugins::ResultCollector collector(result, 100, 4);
  const auto &sink = collector.sink();
  REQUIRE(sink.struct_size == sizeof(aspectdiff_result_sink));

  // The plugin's buffers are overwritten after each call: the host must have copied them.
  std::string key = "person:vladimir_putin", label = "Vladimir Putin";
  std::string forms = "full_name,surname,surname", agent = "mentions_as_agent";
  std::array<aspectdiff_attribute, 3> attributes{{{str(agent), str("2")},
                                                  {str("mention_forms"), str(forms)},
                                                  {str(agent), str("repeated keys are kept")}}};
  const std::array<aspectdiff_span, 2> evidence{{{0, 14}, {40, 45}}};
  aspectdiff_item item{};
  item.struct_size = sizeof item;
  item.key = str(key);
  item.label = str(label);
  item.category = str("person");
  item.weight = 0.75;
  item.count = 3;
  item.attributes = attributes.data();
  item.attribute_count = attributes.size();
  item.evidence = evidence.data();
  item.evidence_count = evidence.size();
  sink.item(sink.context, &item);
  key.assign(key.size(), '#');
  forms.assign(forms.size(), '#');
  agent.assign(agent.size(), '#');

  const std::array<double, 3> values{0.5, -1.0, 2.0};
  const std::array<std::uint32_t, 3> sentences{0, 4, 7};
  aspectdiff_metric metric{};
  metric.struct_size = sizeof metric;
  metric.name = str("tone");
  metric.value = 0.25;
  metric.kind = ASPECTDIFF_METRIC_SCORE;
  metric.sentence_values = values.data();
  metric.sentence_index = sentences.data();
  metric.sentence_value_count = values.size();
  sink.metric(sink.context, &metric);
  metric.kind = 99; // unknown kinds read as plain values
  metric.sentence_index = nullptr;
  sink.metric(sink.context, &metric);
  sink.note(sink.context, str("a remark"));

  REQUIRE(result.items.size() == 1);
  const auto &it = result.items[0];
  CHECK(it.key == "person:vladimir_putin");
  CHECK(it.label == "Vladimir Putin");
  CHECK(it.category == "person");
  CHECK(it.weight == 0.75);
  CHECK(it.count == 3);
  REQUIRE(it.attributes.size() == 3);
  CHECK(it.attributes[0] == std::pair<std::string, std::string>("mentions_as_agent", "2"));
  CHECK(it.attributes[1].second == "full_name,surname,surname");
  CHECK(it.attributes[2].first == "mentions_as_agent");
  CHECK(*it.attribute("mentions_as_agent") == "2");
  CHECK(pairs(it.evidence) ==
        std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 14}, {40, 45}});

  REQUIRE(result.metrics.size() == 2);
  CHECK(result.metrics[0].name == "tone");
  CHECK(result.metrics[0].kind == model::MetricKind::score);
  CHECK(result.metrics[0].sentence_values == std::vector<double>{0.5, -1.0, 2.0});
  CHECK(result.metrics[0].sentence_index == std::vector<std::uint32_t>{0, 4, 7});
  CHECK(result.metrics[1].kind == model::MetricKind::value);
  CHECK(result.metrics[1].sentence_index.empty());
  CHECK(result.notes == std::vector<std::string>{"a remark"});
}

TEST_CASE("the result collector drops evidence outside the text and keeps the order", "[plugins]") {
  model::AspectResult result;
  const plugins::ResultCollector collector(result, 100, 0);
  const auto &sink = collector.sink();
  const std::array<aspectdiff_span, 6> evidence{
      {{0, 5}, {30, 20}, {90, 100}, {95, 101}, {100, 100}, {5, 10}}};
  const std::vector<std::pair<std::uint32_t, std::uint32_t>> kept{
      {0, 5}, {90, 100}, {100, 100}, {5, 10}};

  aspectdiff_item item{};
  item.struct_size = sizeof item;
  item.key = str("k");
  item.evidence = evidence.data();
  item.evidence_count = evidence.size();
  sink.item(sink.context, &item);
  aspectdiff_metric metric{};
  metric.struct_size = sizeof metric;
  metric.name = str("m");
  metric.evidence = evidence.data();
  metric.evidence_count = evidence.size();
  sink.metric(sink.context, &metric);
  // Only invalid spans: none kept.
  item.evidence = evidence.data() + 1;
  item.evidence_count = 1;
  sink.item(sink.context, &item);

  REQUIRE(result.items.size() == 2);
  CHECK(pairs(result.items[0].evidence) == kept);
  CHECK(pairs(result.metrics.at(0).evidence) == kept);
  CHECK(result.items[1].evidence.empty());
}

TEST_CASE("the result collector reads null strings and arrays as empty", "[plugins]") {
  model::AspectResult result;
  const plugins::ResultCollector collector(result, 10, 1);
  const auto &sink = collector.sink();
  aspectdiff_item item{};
  item.struct_size = sizeof item;
  item.key = {nullptr, 7};
  item.label = {nullptr, 0};
  item.attributes = nullptr;
  item.attribute_count = 3;
  item.evidence = nullptr;
  item.evidence_count = 2;
  sink.item(sink.context, &item);
  aspectdiff_metric metric{};
  metric.struct_size = sizeof metric;
  metric.name = {nullptr, 3};
  metric.evidence = nullptr;
  metric.evidence_count = 4;
  metric.sentence_values = nullptr;
  metric.sentence_value_count = 5;
  sink.metric(sink.context, &metric);
  sink.note(sink.context, {nullptr, 2});

  REQUIRE(result.items.size() == 1);
  CHECK(result.items[0].key.empty());
  CHECK(result.items[0].label.empty());
  CHECK(result.items[0].attributes.empty());
  CHECK(result.items[0].evidence.empty());
  REQUIRE(result.metrics.size() == 1);
  CHECK(result.metrics[0].name.empty());
  CHECK(result.metrics[0].evidence.empty());
  CHECK(result.metrics[0].sentence_values.empty());
  CHECK(result.notes == std::vector<std::string>{""});
}
