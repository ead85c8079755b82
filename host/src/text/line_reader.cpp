#include "text/line_reader.hpp"

namespace aspectdiff::text {

namespace {
// One read's worth: large enough that a big file costs few reads, small enough that the
// zero-filled growth of the buffer costs nothing noticeable on a file of a few lines.
constexpr std::size_t kChunk = 64 << 10;
} // namespace

bool LineReader::fill() {
  if (eof_ || error_) return false;
  // Drop what was consumed before growing the buffer.
  if (pos_ > 0) {
    buffer_.erase(0, pos_);
    buffer_base_ += pos_;
    pos_ = 0;
  }
  const std::size_t at = buffer_.size();
  buffer_.resize(at + kChunk);
  const std::size_t got = std::fread(buffer_.data() + at, 1, kChunk, file_);
  buffer_.resize(at + got);
  if (got < kChunk) {
    if (std::ferror(file_))
      error_ = true;
    else
      eof_ = true;
  }
  return got > 0;
}

std::string_view LineReader::peek(std::size_t n) {
  while (buffer_.size() - pos_ < n && fill()) {
  }
  const std::string_view unread = std::string_view(buffer_).substr(pos_);
  return unread.substr(0, n);
}

LineReader::Status LineReader::next(std::string_view &line) {
  std::size_t searched = pos_;
  bool skipping = false; // inside a line that is too long
  for (;;) {
    const std::size_t nl = buffer_.find('\n', searched);
    if (nl != std::string::npos) {
      const std::size_t begin = pos_;
      pos_ = nl + 1;
      if (skipping) return Status::too_long;
      ++line_number_;
      line_offset_ = buffer_base_ + begin;
      line = std::string_view(buffer_).substr(begin, nl - begin);
      if (line.size() > max_line_) return Status::too_long;
      return Status::line;
    }
    if (!skipping && buffer_.size() - pos_ > max_line_) {
      // Too long: remember where it started, then throw its bytes away as they come.
      ++line_number_;
      line_offset_ = buffer_base_ + pos_;
      skipping = true;
    }
    if (skipping) {
      buffer_base_ += buffer_.size();
      buffer_.clear();
      pos_ = 0;
    }
    const std::size_t before = buffer_.size() - pos_;
    if (!fill()) {
      if (error_) return Status::read_error;
      if (skipping) return Status::too_long;
      if (buffer_.size() == pos_) return Status::end;
      // The last line has no line feed.
      const std::size_t begin = pos_;
      pos_ = buffer_.size();
      ++line_number_;
      line_offset_ = buffer_base_ + begin;
      line = std::string_view(buffer_).substr(begin);
      return line.size() > max_line_ ? Status::too_long : Status::line;
    }
    searched = pos_ + before; // fill() moved the unread data to the front
  }
}

} // namespace aspectdiff::text
