// Little-endian fixed-width encoding for the cache's binary files: a writer that appends to a
// string and a reader that checks every read against the bytes that remain.
#pragma once

#include <bit>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>

namespace aspectdiff::cache {

// Thrown by ByteReader on data that does not decode; the decoders turn it into "absent".
struct DecodeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class ByteWriter {
public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) { put(v, 4); }
  void u64(std::uint64_t v) { put(v, 8); }
  void f64(double v) { u64(std::bit_cast<std::uint64_t>(v)); }
  // A length or element count; lengths past 32 bits are refused rather than truncated.
  void size(std::size_t n) {
    if (n > std::numeric_limits<std::uint32_t>::max())
      throw std::length_error("cache entry: a field holds more than 2^32-1 elements");
    u32(static_cast<std::uint32_t>(n));
  }
  void str(std::string_view s) {
    size(s.size());
    out_.append(s);
  }
  void bytes(std::string_view s) { out_.append(s); }

  std::string &buffer() noexcept { return out_; }

private:
  void put(std::uint64_t v, int width) {
    for (int i = 0; i < width; ++i)
      out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  std::string out_;
};

class ByteReader {
public:
  explicit ByteReader(std::string_view in) noexcept : in_(in) {}

  std::uint8_t u8() { return static_cast<std::uint8_t>(get(1)); }
  std::uint32_t u32() { return static_cast<std::uint32_t>(get(4)); }
  std::uint64_t u64() { return get(8); }
  double f64() { return std::bit_cast<double>(u64()); }
  // An element count, checked against what is left: each element needs at least
  // `min_element_bytes`, so a corrupted count can never make the caller loop or allocate far
  // beyond the input's size.
  std::size_t count(std::size_t min_element_bytes) {
    const std::uint32_t n = u32();
    if (min_element_bytes > 0 && n > remaining() / min_element_bytes)
      throw DecodeError("cache entry: element count exceeds the data");
    return n;
  }
  std::string_view bytes(std::size_t n) {
    need(n);
    std::string_view out = in_.substr(pos_, n);
    pos_ += n;
    return out;
  }
  std::string str() { return std::string(bytes(u32())); }

  std::size_t remaining() const noexcept { return in_.size() - pos_; }

private:
  void need(std::size_t n) const {
    if (n > remaining()) throw DecodeError("cache entry: truncated");
  }
  std::uint64_t get(int width) {
    need(static_cast<std::size_t>(width));
    std::uint64_t v = 0;
    for (int i = 0; i < width; ++i)
      v |= std::uint64_t{static_cast<unsigned char>(in_[pos_ + static_cast<std::size_t>(i)])}
           << (8 * i);
    pos_ += static_cast<std::size_t>(width);
    return v;
  }
  std::string_view in_;
  std::size_t pos_ = 0;
};

} // namespace aspectdiff::cache
