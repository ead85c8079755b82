#include "plugins/result_collector.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
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

const std::string hundred_bytes(100, 'x');

// Writes an item with only a key and evidence.
void send_item(const aspectdiff_result_sink &sink, const char *key, const aspectdiff_span *evidence,
               std::size_t count) {
  aspectdiff_item item{};
  item.struct_size = sizeof item;
  item.key = str(key);
  item.evidence = evidence;
  item.evidence_count = count;
  sink.item(sink.context, &item);
}

} // namespace

TEST_CASE("the result collector keeps items metrics and notes as written", "[plugins]") {
  model::AspectResult result;
  plugins::ResultCollector collector(result, hundred_bytes, 8, "fixture", 4);
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

  const std::array<double, 3> values{0.5, -1.0, 1.0};
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
  sink.metric(sink.context, &metric);
  sink.note(sink.context, str("a remark"));
  collector.finish();

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
  CHECK(result.metrics[0].sentence_values == std::vector<double>{0.5, -1.0, 1.0});
  CHECK(result.metrics[0].sentence_index == std::vector<std::uint32_t>{0, 4, 7});
  CHECK(result.metrics[1].kind == model::MetricKind::value);
  CHECK(result.metrics[1].sentence_index == std::vector<std::uint32_t>{0, 4, 7});
  CHECK(result.notes == std::vector<std::string>{"a remark"});
}

TEST_CASE("the result collector drops evidence outside the text and keeps the order", "[plugins]") {
  model::AspectResult result;
  plugins::ResultCollector collector(result, hundred_bytes, 1, "fixture", 0);
  const auto &sink = collector.sink();
  const std::array<aspectdiff_span, 6> evidence{
      {{0, 5}, {30, 20}, {90, 100}, {95, 101}, {100, 100}, {5, 10}}};
  const std::vector<std::pair<std::uint32_t, std::uint32_t>> kept{
      {0, 5}, {90, 100}, {100, 100}, {5, 10}};

  send_item(sink, "k", evidence.data(), evidence.size());
  aspectdiff_metric metric{};
  metric.struct_size = sizeof metric;
  metric.name = str("m");
  metric.evidence = evidence.data();
  metric.evidence_count = evidence.size();
  sink.metric(sink.context, &metric);
  // Only invalid spans: none kept.
  send_item(sink, "k", evidence.data() + 1, 1);

  collector.finish();

  REQUIRE(result.items.size() == 2);
  CHECK(pairs(result.items[0].evidence) == kept);
  CHECK(pairs(result.metrics.at(0).evidence) == kept);
  CHECK(result.items[1].evidence.empty());
  // Not silently: one warning naming the plugin, the count and the first span dropped.
  REQUIRE(result.notes.size() == 1);
  CHECK(plugins::is_output_warning(result.notes[0]));
  CHECK_THAT(result.notes[0], Catch::StartsWith("[W201] plugin 'fixture': 5 evidence span(s) "
                                                "dropped, first item 'k' [30, 20)"));
}

TEST_CASE("the result collector drops evidence that cuts a UTF-8 character", "[plugins]") {
  model::AspectResult result;
  const std::string text = "caf\xc3\xa9 na\xc3\xafve"; // café naïve
  plugins::ResultCollector collector(result, text, 1, "fixture", 0);
  const auto &sink = collector.sink();
  const std::array<aspectdiff_span, 3> evidence{{{0, 5}, {0, 4}, {9, 11}}};
  send_item(sink, "k", evidence.data(), evidence.size());
  collector.finish();
  CHECK(pairs(result.items.at(0).evidence) ==
        std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 5}});
  REQUIRE(result.notes.size() == 1);
  CHECK_THAT(result.notes[0], Catch::Contains("cuts a UTF-8 character"));
}

TEST_CASE("the result collector refuses sentence values that cannot stand behind the metric",
          "[plugins]") {
  model::AspectResult result;
  plugins::ResultCollector collector(result, hundred_bytes, 4, "fixture", 0);
  const auto &sink = collector.sink();
  auto send = [&](const char *name, std::int32_t kind, double value,
                  const std::vector<double> &values, const std::uint32_t *index = nullptr) {
    aspectdiff_metric metric{};
    metric.struct_size = sizeof metric;
    metric.name = str(name);
    metric.kind = kind;
    metric.value = value;
    metric.sentence_values = values.data();
    metric.sentence_index = index;
    metric.sentence_value_count = values.size();
    sink.metric(sink.context, &metric);
  };
  const std::uint32_t backwards[] = {2, 1};
  const std::uint32_t beyond[] = {1, 9};
  send("good_rate", ASPECTDIFF_METRIC_RATE, 8.0, {4.0, 12.0, 0.0, 16.0});
  // A rate per 1,000 words behind per-word fractions: the interval would be 1,000 times small.
  send("wrong_scale", ASPECTDIFF_METRIC_RATE, 8.8, {0.0, 0.01, 0.02, 0.005});
  // Percentages behind a proportion; single values outside [0, 1] with a mean inside are fine.
  send("out_of_kind", ASPECTDIFF_METRIC_PROPORTION, 0.5, {0.0, 100.0, 50.0, 50.0});
  send("linearised", ASPECTDIFF_METRIC_PROPORTION, 0.5, {-0.5, 1.5, 0.5, 0.5});
  send("too_few", ASPECTDIFF_METRIC_SCORE, 0.1, {0.1, 0.1});
  send("too_many", ASPECTDIFF_METRIC_SCORE, 0.1, {0.1, 0.1, 0.1, 0.1, 0.1});
  send("backwards", ASPECTDIFF_METRIC_SCORE, 0.1, {0.1, 0.1}, backwards);
  send("beyond", ASPECTDIFF_METRIC_SCORE, 0.1, {0.1, 0.1}, beyond);
  send("not_finite", ASPECTDIFF_METRIC_VALUE, 1.0, {1.0, NAN, 1.0, 1.0});
  collector.finish();

  REQUIRE(result.metrics.size() == 9);
  CHECK(result.metrics[0].sentence_values.size() == 4);
  CHECK(result.metrics[3].sentence_values.size() == 4);
  for (const std::size_t i : {1u, 2u, 4u, 5u, 6u, 7u, 8u}) {
    INFO(result.metrics[i].name);
    CHECK(result.metrics[i].sentence_values.empty());
  }
  REQUIRE(result.notes.size() == 7);
  CHECK_THAT(result.notes[0], Catch::StartsWith("[W202] plugin 'fixture': metric 'wrong_scale'") &&
                                  Catch::Contains("not on the scale"));
  CHECK_THAT(result.notes[1], Catch::Contains("mean (50) is outside the range of a proportion"));
  CHECK_THAT(result.notes[2], Catch::Contains("without sentence_index"));
  CHECK_THAT(result.notes[3], Catch::Contains("at most one per sentence"));
  CHECK_THAT(result.notes[4], Catch::Contains("not strictly increasing"));
  CHECK_THAT(result.notes[5], Catch::Contains("names sentence 9"));
  CHECK_THAT(result.notes[6], Catch::Contains("not finite"));
}

TEST_CASE("the result collector reads null strings and arrays as empty", "[plugins]") {
  model::AspectResult result;
  plugins::ResultCollector collector(result, "0123456789", 1, "fixture", 1);
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
