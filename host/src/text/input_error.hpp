// An input that cannot be turned into a document: a stable code, and where it went wrong.
#pragma once

#include <cstdint>
#include <string>

namespace aspectdiff::text {

// Stable codes, so a message can be searched for.
namespace input_code {
inline constexpr const char *cannot_open = "I001";  // missing, unreadable
inline constexpr const char *not_a_file = "I002";   // a directory
inline constexpr const char *missing_text = "I003"; // JSONL record without a "text" string
inline constexpr const char *not_json = "I004";     // JSONL line that is not a JSON object
inline constexpr const char *empty = "I005";        // nothing but whitespace
inline constexpr const char *binary = "I006";       // NUL bytes or mostly control bytes
inline constexpr const char *invalid_utf8 = "I007"; // not UTF-8 (or UTF-16/32)
inline constexpr const char *too_large = "I008";    // over the size limit
inline constexpr const char *read_failed = "I009";  // an I/O error while reading
inline constexpr const char *bad_field = "I010";    // a JSONL field of the wrong type
} // namespace input_code

struct InputError {
  std::string code;         // one of input_code
  std::string file;         // the path as given ("-" for standard input)
  std::uint64_t line = 0;   // 1-based line when known (JSONL, invalid UTF-8, NUL), else 0
  std::uint64_t offset = 0; // byte offset into the file
  std::string message;      // what is wrong, already naming the byte offset where it matters

  // "[I003] notes.jsonl:12: record has no \"text\" field"; without a line: "[I001] a.txt: ...".
  std::string to_string() const;
};

} // namespace aspectdiff::text
