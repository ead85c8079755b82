// One cache file: a header that identifies and checks it, then the encoded result.
//
//   offset  size  field
//   0       8     magic "ADRESULT"
//   8       4     format version (little-endian u32), currently 1
//   12      4     key length K
//   16      8     payload length P
//   24      32    XXH3-128 of the payload, lowercase hex
//   56      K     the key the entry was stored under
//   56+K    P     the payload (result_codec.hpp)
//
// The file must be exactly 56+K+P bytes, so a truncated or extended file fails before the
// checksum is even computed; the stored key guards against a file renamed or copied to the
// wrong place.
#pragma once

#include "model/result.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace aspectdiff::cache {

inline constexpr std::uint32_t entry_format_version = 1;

// The bytes of the file for `result` stored under `key`. Throws std::length_error when a field
// is too large for the format.
std::string encode_entry(std::string_view key, const model::AspectResult &result);

// The result in a file read back for `key`, with `from_cache` set; nullopt when the bytes are
// not a complete, intact entry of this format for this key.
std::optional<model::AspectResult> decode_entry(std::string_view key, std::string_view bytes);

} // namespace aspectdiff::cache
