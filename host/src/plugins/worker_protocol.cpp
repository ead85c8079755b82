#include "plugins/worker_protocol.hpp"

#include "cache/byte_io.hpp"
#include "cache/result_codec.hpp"

#include <cstring>
#include <type_traits>

namespace aspectdiff::plugins::protocol {

namespace {

using cache::ByteReader;
using cache::ByteWriter;
using cache::DecodeError;

ByteWriter start(Message kind) {
  ByteWriter w;
  w.u8(static_cast<std::uint8_t>(kind));
  return w;
}

// Plain arrays (tokens, segments, spans) cross as their bytes: host and worker are one build.
template <class T> void put_array(ByteWriter &w, const std::vector<T> &values) {
  static_assert(std::is_trivially_copyable_v<T>);
  w.size(values.size());
  w.bytes(
      std::string_view(reinterpret_cast<const char *>(values.data()), values.size() * sizeof(T)));
}

template <class T> std::vector<T> get_array(ByteReader &r) {
  static_assert(std::is_trivially_copyable_v<T>);
  std::vector<T> values(r.count(sizeof(T)));
  const auto bytes = r.bytes(values.size() * sizeof(T));
  if (!values.empty()) std::memcpy(values.data(), bytes.data(), bytes.size());
  return values;
}

void put_document(ByteWriter &w, const model::Document &d) {
  for (const auto *s :
       {&d.id, &d.title, &d.source, &d.date, &d.url, &d.text, &d.normalised, &d.language})
    w.str(*s);
  w.u32(d.word_count);
  put_array(w, d.tokens);
  put_array(w, d.sentences);
  put_array(w, d.paragraphs);
}

model::Document get_document(ByteReader &r) {
  model::Document d;
  for (auto *s : {&d.id, &d.title, &d.source, &d.date, &d.url, &d.text, &d.normalised, &d.language})
    *s = r.str();
  d.word_count = r.u32();
  d.tokens = get_array<aspectdiff_token>(r);
  d.sentences = get_array<aspectdiff_segment>(r);
  d.paragraphs = get_array<aspectdiff_segment>(r);
  return d;
}

void put_result(ByteWriter &w, const model::AspectResult &result) {
  w.str(cache::encode_result(result));
}

model::AspectResult get_result(ByteReader &r) {
  auto result = cache::decode_result(r.bytes(r.u32()));
  if (!result) throw DecodeError("worker message: a result does not decode");
  return std::move(*result);
}

// Runs a decoder over a whole payload of the expected kind: nullopt on any mismatch.
template <class Decode>
auto decode_whole(std::string_view payload, Message kind, Decode decode)
    -> std::optional<decltype(decode(std::declval<ByteReader &>()))> {
  if (kind_of(payload) != kind) return std::nullopt;
  try {
    ByteReader r(payload.substr(1));
    auto value = decode(r);
    if (r.remaining() != 0) return std::nullopt;
    return value;
  } catch (const DecodeError &) {
    return std::nullopt;
  }
}

} // namespace

std::optional<Message> kind_of(std::string_view payload) noexcept {
  if (payload.empty()) return std::nullopt;
  switch (static_cast<Message>(payload.front())) {
  case Message::create:
  case Message::extract:
  case Message::compare:
  case Message::created:
  case Message::result:
  case Message::compared:
  case Message::failure:
    return static_cast<Message>(payload.front());
  }
  return std::nullopt;
}

std::string encode(const CreateRequest &request) {
  auto w = start(Message::create);
  w.size(request.settings.size());
  for (const auto &e : request.settings) {
    w.str(e.key);
    w.u8(static_cast<std::uint8_t>(e.type));
    w.str(e.text);
    w.f64(e.number);
  }
  w.str(request.config_dir.string());
  return std::move(w.buffer());
}

std::optional<CreateRequest> decode_create(std::string_view payload) {
  return decode_whole(payload, Message::create, [](ByteReader &r) {
    CreateRequest request;
    request.settings.resize(r.count(17));
    for (auto &e : request.settings) {
      e.key = r.str();
      const auto type = r.u8();
      if (type > ASPECTDIFF_VALUE_BOOL) throw DecodeError("worker message: unknown value type");
      e.type = static_cast<aspectdiff_value_type>(type);
      e.text = r.str();
      e.number = r.f64();
    }
    request.config_dir = r.str();
    return request;
  });
}

std::string encode(const Created &reply) {
  auto w = start(Message::created);
  w.str(reply.config_hash);
  w.size(reply.warnings.size());
  for (const auto &warning : reply.warnings)
    w.str(warning);
  return std::move(w.buffer());
}

std::optional<Created> decode_created(std::string_view payload) {
  return decode_whole(payload, Message::created, [](ByteReader &r) {
    Created reply;
    reply.config_hash = r.str();
    reply.warnings.resize(r.count(4));
    for (auto &warning : reply.warnings)
      warning = r.str();
    return reply;
  });
}

std::string encode(const Failure &reply) {
  auto w = start(Message::failure);
  w.u8(reply.usage ? 1 : 0);
  w.str(reply.code);
  w.str(reply.message);
  return std::move(w.buffer());
}

std::optional<Failure> decode_failure(std::string_view payload) {
  return decode_whole(payload, Message::failure, [](ByteReader &r) {
    Failure reply;
    reply.usage = r.u8() != 0;
    reply.code = r.str();
    reply.message = r.str();
    return reply;
  });
}

std::string encode_extract(const model::Document &document,
                           const std::vector<const model::AspectResult *> &inputs) {
  auto w = start(Message::extract);
  put_document(w, document);
  w.size(inputs.size());
  for (const auto *input : inputs)
    put_result(w, *input);
  return std::move(w.buffer());
}

std::optional<ExtractRequest> decode_extract(std::string_view payload) {
  return decode_whole(payload, Message::extract, [](ByteReader &r) {
    ExtractRequest request;
    request.document = get_document(r);
    request.inputs.resize(r.count(4));
    for (auto &input : request.inputs)
      input = get_result(r);
    return request;
  });
}

std::string encode_compare(const model::Document &a, const model::AspectResult &ra,
                           const model::Document &b, const model::AspectResult &rb) {
  auto w = start(Message::compare);
  put_document(w, a);
  put_result(w, ra);
  put_document(w, b);
  put_result(w, rb);
  return std::move(w.buffer());
}

std::optional<CompareRequest> decode_compare(std::string_view payload) {
  return decode_whole(payload, Message::compare, [](ByteReader &r) {
    CompareRequest request;
    request.a = get_document(r);
    request.result_a = get_result(r);
    request.b = get_document(r);
    request.result_b = get_result(r);
    return request;
  });
}

std::string encode(const model::AspectResult &result) {
  auto w = start(Message::result);
  put_result(w, result);
  return std::move(w.buffer());
}

std::optional<model::AspectResult> decode_result(std::string_view payload) {
  return decode_whole(payload, Message::result, [](ByteReader &r) { return get_result(r); });
}

std::string encode(const Compared &reply) {
  auto w = start(Message::compared);
  w.str(reply.error);
  w.u8(reply.similarity ? 1 : 0);
  w.f64(reply.similarity.value_or(0.0));
  w.size(reply.findings.size());
  for (const auto &f : reply.findings) {
    w.str(f.key);
    w.str(f.label);
    w.str(f.category);
    w.f64(f.value_a);
    w.f64(f.value_b);
    w.f64(f.magnitude);
    put_array(w, f.evidence_a);
    put_array(w, f.evidence_b);
    w.f64(f.coverage);
  }
  return std::move(w.buffer());
}

std::optional<Compared> decode_compared(std::string_view payload) {
  return decode_whole(payload, Message::compared, [](ByteReader &r) {
    Compared reply;
    reply.error = r.str();
    const bool has_similarity = r.u8() != 0;
    const double similarity = r.f64();
    if (has_similarity) reply.similarity = similarity;
    reply.findings.resize(r.count(52));
    for (auto &f : reply.findings) {
      f.key = r.str();
      f.label = r.str();
      f.category = r.str();
      f.value_a = r.f64();
      f.value_b = r.f64();
      f.magnitude = r.f64();
      f.evidence_a = get_array<model::Span>(r);
      f.evidence_b = get_array<model::Span>(r);
      f.coverage = r.f64();
    }
    return reply;
  });
}

} // namespace aspectdiff::plugins::protocol
