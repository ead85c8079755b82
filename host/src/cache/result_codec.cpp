#include "cache/result_codec.hpp"

#include "cache/byte_io.hpp"

namespace aspectdiff::cache {

namespace {

// Smallest encodings, for ByteReader::count: an empty string is its 4-byte length.
constexpr std::size_t span_bytes = 8;
constexpr std::size_t string_bytes = 4;
constexpr std::size_t attribute_bytes = 2 * string_bytes;
constexpr std::size_t metric_bytes = 2 * string_bytes + 8 + 1 + 3 * 4;
constexpr std::size_t item_bytes = 3 * string_bytes + 8 + 8 + 2 * 4;

void put_spans(ByteWriter &w, const std::vector<model::Span> &spans) {
  w.size(spans.size());
  for (const auto &s : spans) {
    w.u32(s.begin);
    w.u32(s.end);
  }
}

std::vector<model::Span> get_spans(ByteReader &r) {
  std::vector<model::Span> spans(r.count(span_bytes));
  for (auto &s : spans) {
    s.begin = r.u32();
    s.end = r.u32();
  }
  return spans;
}

void put_metric(ByteWriter &w, const model::Metric &m) {
  w.str(m.name);
  w.str(m.label);
  w.f64(m.value);
  w.u8(static_cast<std::uint8_t>(m.kind));
  put_spans(w, m.evidence);
  w.size(m.sentence_values.size());
  for (double v : m.sentence_values)
    w.f64(v);
  w.size(m.sentence_index.size());
  for (std::uint32_t i : m.sentence_index)
    w.u32(i);
}

model::Metric get_metric(ByteReader &r) {
  model::Metric m;
  m.name = r.str();
  m.label = r.str();
  m.value = r.f64();
  const std::uint8_t kind = r.u8();
  if (kind > static_cast<std::uint8_t>(model::MetricKind::value))
    throw DecodeError("cache entry: unknown metric kind");
  m.kind = static_cast<model::MetricKind>(kind);
  m.evidence = get_spans(r);
  m.sentence_values.resize(r.count(8));
  for (double &v : m.sentence_values)
    v = r.f64();
  m.sentence_index.resize(r.count(4));
  for (std::uint32_t &i : m.sentence_index)
    i = r.u32();
  return m;
}

void put_item(ByteWriter &w, const model::Item &item) {
  w.str(item.key);
  w.str(item.label);
  w.str(item.category);
  w.f64(item.weight);
  w.u64(item.count);
  w.size(item.attributes.size());
  for (const auto &[k, v] : item.attributes) {
    w.str(k);
    w.str(v);
  }
  put_spans(w, item.evidence);
}

model::Item get_item(ByteReader &r) {
  model::Item item;
  item.key = r.str();
  item.label = r.str();
  item.category = r.str();
  item.weight = r.f64();
  item.count = r.u64();
  item.attributes.resize(r.count(attribute_bytes));
  for (auto &[k, v] : item.attributes) {
    k = r.str();
    v = r.str();
  }
  item.evidence = get_spans(r);
  return item;
}

} // namespace

std::string encode_result(const model::AspectResult &result) {
  ByteWriter w;
  w.str(result.aspect);
  w.u8(static_cast<std::uint8_t>(result.status));
  w.str(result.error);
  w.size(result.metrics.size());
  for (const auto &m : result.metrics)
    put_metric(w, m);
  w.size(result.items.size());
  for (const auto &item : result.items)
    put_item(w, item);
  w.size(result.notes.size());
  for (const auto &note : result.notes)
    w.str(note);
  const model::Provenance &p = result.provenance;
  w.str(p.plugin);
  w.str(p.version);
  w.u32(p.abi_major);
  w.u32(p.abi_minor);
  w.str(p.config_hash);
  return std::move(w.buffer());
}

std::optional<model::AspectResult> decode_result(std::string_view bytes) {
  try {
    ByteReader r(bytes);
    model::AspectResult result;
    result.aspect = r.str();
    const std::uint8_t status = r.u8();
    if (status > static_cast<std::uint8_t>(model::ResultStatus::unscored))
      throw DecodeError("cache entry: unknown result status");
    result.status = static_cast<model::ResultStatus>(status);
    result.error = r.str();
    const std::size_t metric_count = r.count(metric_bytes);
    result.metrics.reserve(metric_count);
    for (std::size_t i = 0; i < metric_count; ++i)
      result.metrics.push_back(get_metric(r));
    const std::size_t item_count = r.count(item_bytes);
    result.items.reserve(item_count);
    for (std::size_t i = 0; i < item_count; ++i)
      result.items.push_back(get_item(r));
    const std::size_t note_count = r.count(string_bytes);
    result.notes.reserve(note_count);
    for (std::size_t i = 0; i < note_count; ++i)
      result.notes.push_back(r.str());
    result.provenance.plugin = r.str();
    result.provenance.version = r.str();
    result.provenance.abi_major = r.u32();
    result.provenance.abi_minor = r.u32();
    result.provenance.config_hash = r.str();
    if (r.remaining() != 0) return std::nullopt;
    return result;
  } catch (const DecodeError &) {
    return std::nullopt;
  }
}

} // namespace aspectdiff::cache
