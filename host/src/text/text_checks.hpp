// Checks on raw input bytes before they become a document: encoding marks, NUL and control
// bytes, UTF-8 validity, emptiness. Each problem comes with the byte offset it was found at.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aspectdiff::text {

struct ByteProblem {
  std::string code;         // an input_code
  std::uint64_t offset = 0; // into the bytes checked
  std::string message;      // without file or line: the caller adds them
};

// 3 when `bytes` starts with a UTF-8 byte-order mark, else 0.
std::size_t utf8_bom_length(std::string_view bytes) noexcept;

// A UTF-16 or UTF-32 byte-order mark, which this reader does not decode.
std::optional<ByteProblem> find_foreign_bom(std::string_view bytes);

// A NUL byte anywhere, or a first 8 KiB that is mostly control bytes.
std::optional<ByteProblem> find_binary(std::string_view bytes);

// The first byte that is not well-formed UTF-8 (overlong forms and surrogates included).
// Offsets, in the result and its message, are counted from `base` (where `bytes` starts in
// the file).
std::optional<ByteProblem> find_invalid_utf8(std::string_view bytes, std::uint64_t base = 0);

// Whether `bytes` holds nothing but ASCII whitespace.
bool is_blank(std::string_view bytes) noexcept;

// 1-based line number of a byte offset.
std::uint64_t line_at(std::string_view bytes, std::uint64_t offset) noexcept;

// All of the above in order, for a whole input: foreign BOM, binary, UTF-8, blank.
std::optional<ByteProblem> check_text_bytes(std::string_view bytes);

} // namespace aspectdiff::text
