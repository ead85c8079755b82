#include "tagger_model.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace aspectdiff::plugins::actors {

namespace {

constexpr char magic[8] = {'A', 'D', 'T', 'A', 'G', 'G', 'E', 'R'};
constexpr std::size_t header_bytes = 8 + 4 * 4 + 4;
constexpr std::size_t transition_bytes = (tag_count + 1) * tag_count * 4;
constexpr std::size_t record_bytes = 8 + 2 * tag_count;

std::uint64_t fnv1a(std::string_view bytes) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

template <class T> void put(std::string &out, T value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

template <class T> T get(const char *p) noexcept {
  T value;
  std::memcpy(&value, p, sizeof(T));
  return value;
}

[[noreturn]] void refuse(std::string_view label, const std::string &why) {
  throw std::runtime_error("tagger model '" + std::string(label) + "': " + why);
}

} // namespace

const char *to_string(NameType t) noexcept {
  switch (t) {
  case NameType::per:
    return "PER";
  case NameType::org:
    return "ORG";
  case NameType::loc:
    return "LOC";
  case NameType::misc:
    return "MISC";
  }
  return "MISC";
}

std::string serialise(const TaggerWeights &weights) {
  float largest = 0.0f;
  for (const auto &row : weights.rows)
    for (const float w : row)
      largest = std::max(largest, std::fabs(w));
  const float scale = largest > 0.0f ? largest / 32767.0f : 1.0f;

  std::string out(magic, sizeof magic);
  put<std::uint32_t>(out, tagger_format_version);
  put<std::uint32_t>(out, tagger_feature_version);
  put<std::uint32_t>(out, tag_count);
  put<std::uint32_t>(out, static_cast<std::uint32_t>(weights.keys.size()));
  put<float>(out, scale);
  for (const float t : weights.transitions)
    put<float>(out, t);
  for (std::size_t i = 0; i < weights.keys.size(); ++i) {
    put<std::uint64_t>(out, feature_key(weights.keys[i]));
    for (const float w : weights.rows[i])
      put<std::int16_t>(out, static_cast<std::int16_t>(std::lround(w / scale)));
  }
  put<std::uint64_t>(out, fnv1a(out));
  return out;
}

TaggerModel TaggerModel::load(std::string_view bytes, std::string_view label) {
  if (bytes.size() < header_bytes + transition_bytes + 8)
    refuse(label, "truncated: " + std::to_string(bytes.size()) +
                      " bytes, shorter than the header of a model");
  if (std::memcmp(bytes.data(), magic, sizeof magic) != 0)
    refuse(label, "not a tagger model (it does not start with \"ADTAGGER\")");
  const char *p = bytes.data() + sizeof magic;
  const auto format = get<std::uint32_t>(p);
  const auto features = get<std::uint32_t>(p + 4);
  const auto tags = get<std::uint32_t>(p + 8);
  const auto count = get<std::uint32_t>(p + 12);
  if (format != tagger_format_version)
    refuse(label, "format version " + std::to_string(format) + ", this plugin reads version " +
                      std::to_string(tagger_format_version));
  if (features != tagger_feature_version)
    refuse(label, "trained for feature set " + std::to_string(features) +
                      ", this plugin extracts feature set " +
                      std::to_string(tagger_feature_version) + ": retrain it");
  if (tags != tag_count)
    refuse(label, std::to_string(tags) + " tags, expected " + std::to_string(tag_count));
  const std::size_t expected =
      header_bytes + transition_bytes + std::size_t{count} * record_bytes + 8;
  if (bytes.size() != expected)
    refuse(label, (bytes.size() < expected ? "truncated: " : "trailing bytes: ") +
                      std::to_string(bytes.size()) + " bytes where its header promises " +
                      std::to_string(expected));
  const auto stored = get<std::uint64_t>(bytes.data() + expected - 8);
  if (stored != fnv1a(bytes.substr(0, expected - 8)))
    refuse(label, "checksum mismatch: the file is corrupt");

  static std::atomic<std::uint64_t> loaded{0};
  TaggerModel m;
  m.id_ = ++loaded;
  m.scale_ = get<float>(p + 16);
  if (!(m.scale_ > 0.0f) || !std::isfinite(m.scale_)) refuse(label, "invalid weight scale");
  p = bytes.data() + header_bytes;
  for (auto &t : m.transitions_) {
    t = get<float>(p);
    p += 4;
  }
  const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(2 * std::size_t{count}, 2));
  m.slots_.assign(capacity, 0);
  m.records_.resize(count);
  m.mask_ = capacity - 1;
  m.rows_count_ = count;
  for (std::uint32_t i = 0; i < count; ++i, p += record_bytes) {
    const auto key = get<std::uint64_t>(p);
    if (key == 0) refuse(label, "feature " + std::to_string(i) + " has the reserved key 0");
    if (m.find(key) >= 0) refuse(label, "feature " + std::to_string(i) + " is repeated");
    std::size_t slot = key & m.mask_;
    while (m.slots_[slot] != 0)
      slot = (slot + 1) & m.mask_;
    m.slots_[slot] = (key >> 32) << 32 | (std::uint64_t{i} + 1);
    m.records_[i].key = key;
    std::memcpy(m.records_[i].weights, p + 8, 2 * tag_count);
  }
  return m;
}

} // namespace aspectdiff::plugins::actors
