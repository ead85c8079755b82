// Compact binary form of one aspect result: every field of model::AspectResult except
// `from_cache`, which describes where a copy came from rather than the result.
#pragma once

#include "model/result.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace aspectdiff::cache {

// Throws std::length_error when a field is too large for the format (2^32-1 elements).
std::string encode_result(const model::AspectResult &result);

// nullopt when the bytes are not exactly one encoded result (truncated, trailing bytes, an
// unknown enum value, a count larger than the data). Never reads outside `bytes`.
std::optional<model::AspectResult> decode_result(std::string_view bytes);

} // namespace aspectdiff::cache
