#include "cache/entry_format.hpp"

#include "cache/byte_io.hpp"
#include "cache/hash.hpp"
#include "cache/result_codec.hpp"

namespace aspectdiff::cache {

namespace {
constexpr std::string_view magic = "ADRESULT";
constexpr std::size_t checksum_size = 32;
constexpr std::size_t header_size = 8 + 4 + 4 + 8 + checksum_size;
} // namespace

std::string encode_entry(std::string_view key, const model::AspectResult &result) {
  const std::string payload = encode_result(result);
  ByteWriter w;
  w.buffer().reserve(header_size + key.size() + payload.size());
  w.bytes(magic);
  w.u32(entry_format_version);
  w.size(key.size());
  w.u64(payload.size());
  w.bytes(xxh3_128_hex(payload));
  w.bytes(key);
  w.bytes(payload);
  return std::move(w.buffer());
}

std::optional<model::AspectResult> decode_entry(std::string_view key, std::string_view bytes) {
  try {
    ByteReader r(bytes);
    if (r.bytes(magic.size()) != magic) return std::nullopt;
    if (r.u32() != entry_format_version) return std::nullopt;
    const std::uint32_t key_size = r.u32();
    const std::uint64_t payload_size = r.u64();
    const std::string_view checksum = r.bytes(checksum_size);
    if (key_size != key.size() || r.remaining() < key.size() ||
        payload_size != r.remaining() - key.size())
      return std::nullopt;
    if (r.bytes(key_size) != key) return std::nullopt;
    const std::string_view payload = r.bytes(static_cast<std::size_t>(payload_size));
    if (xxh3_128_hex(payload) != checksum) return std::nullopt;
    auto result = decode_result(payload);
    if (result) result->from_cache = true;
    return result;
  } catch (const DecodeError &) {
    return std::nullopt;
  }
}

} // namespace aspectdiff::cache
