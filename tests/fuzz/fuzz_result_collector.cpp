// libFuzzer target: the host's validation of what a plugin writes through its result sink.
// The bytes describe metrics and items with arbitrary values, kinds and evidence spans (and
// null or odd-sized strings); the collector must keep only spans that lie within the text and
// only known metric kinds, whatever it is given.
#include "plugins/result_collector.hpp"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

class Bytes {
public:
  Bytes(const std::uint8_t *data, std::size_t size) : data_(data), size_(size) {}
  bool empty() const { return pos_ >= size_; }
  template <class T> T take() {
    T value{};
    const std::size_t n = std::min(sizeof(T), size_ - std::min(pos_, size_));
    if (n > 0) std::memcpy(&value, data_ + pos_, n);
    pos_ += sizeof(T);
    return value;
  }
  aspectdiff_str str() {
    const std::size_t n = take<std::uint8_t>() % 16;
    const std::size_t start = std::min(pos_, size_);
    const std::size_t have = std::min(n, size_ - start);
    pos_ += n;
    if (have == 0) return {nullptr, 0};
    return {reinterpret_cast<const char *>(data_ + start), have};
  }

private:
  const std::uint8_t *data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  Bytes in(data, size);
  const std::size_t text_size = in.take<std::uint16_t>();
  aspectdiff::model::AspectResult result;
  const std::string text(text_size, 'x');
  aspectdiff::plugins::ResultCollector collector(result, text, in.take<std::uint8_t>(), "fuzz", 0);
  const auto &sink = collector.sink();
  while (!in.empty()) {
    std::vector<aspectdiff_span> spans(in.take<std::uint8_t>() % 8);
    for (auto &s : spans)
      s = {in.take<std::uint16_t>(), in.take<std::uint16_t>()};
    std::vector<double> values(in.take<std::uint8_t>() % 4);
    for (auto &v : values)
      v = in.take<double>();
    if (in.take<std::uint8_t>() % 2 == 0) {
      aspectdiff_metric m{};
      m.struct_size = sizeof m;
      m.name = in.str();
      m.label = in.str();
      m.value = in.take<double>();
      m.kind = in.take<std::int32_t>();
      m.evidence = spans.empty() ? nullptr : spans.data();
      m.evidence_count = spans.size();
      m.sentence_values = values.empty() ? nullptr : values.data();
      m.sentence_value_count = values.size();
      sink.metric(sink.context, &m);
    } else {
      const aspectdiff_attribute attribute{in.str(), in.str()};
      aspectdiff_item it{};
      it.struct_size = sizeof it;
      it.key = in.str();
      it.label = in.str();
      it.category = in.str();
      it.weight = in.take<double>();
      it.count = in.take<std::uint64_t>();
      it.attributes = &attribute;
      it.attribute_count = 1;
      it.evidence = spans.empty() ? nullptr : spans.data();
      it.evidence_count = spans.size();
      sink.item(sink.context, &it);
    }
    sink.note(sink.context, in.str());
  }
  collector.finish();
  const auto within = [text_size](const aspectdiff::model::Span &s) {
    return s.begin <= s.end && s.end <= text_size;
  };
  for (const auto &m : result.metrics) {
    if (static_cast<int>(m.kind) < 0 || static_cast<int>(m.kind) > 4) std::abort();
    for (const auto &s : m.evidence)
      if (!within(s)) std::abort();
  }
  for (const auto &it : result.items)
    for (const auto &s : it.evidence)
      if (!within(s)) std::abort();
  return 0;
}
