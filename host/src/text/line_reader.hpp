// Reads a stream line by line with a bound on each line's length, so that a huge or endless
// line costs bounded memory.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace aspectdiff::text {

class LineReader {
public:
  enum class Status { line, too_long, end, read_error };

  LineReader(std::FILE *file, std::uint64_t max_line) : file_(file), max_line_(max_line) {}

  // The next line without its line feed (a trailing \r is kept). `line` stays valid until the
  // next call. A line longer than the bound is skipped whole and reported as too_long.
  Status next(std::string_view &line);

  // Up to `n` bytes from the start of the stream, read ahead without consuming them. Only
  // meaningful before the first next().
  std::string_view peek(std::size_t n);

  std::uint64_t line_number() const noexcept { return line_number_; } // 1-based
  std::uint64_t line_offset() const noexcept { return line_offset_; } // of the last line

private:
  bool fill(); // reads one more chunk; false at end of input or on error

  std::FILE *file_;
  std::uint64_t max_line_;
  std::string buffer_;
  std::size_t pos_ = 0;           // unread data starts here
  std::uint64_t buffer_base_ = 0; // stream offset of buffer_[0]
  std::uint64_t line_number_ = 0;
  std::uint64_t line_offset_ = 0;
  bool eof_ = false;
  bool error_ = false;
};

} // namespace aspectdiff::text
