#include "report/json_stream.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace aspectdiff::report {

namespace {

// The length of the well-formed UTF-8 sequence starting at text[i] (Unicode table 3-7), or,
// when it is ill-formed, 0 together with the number of bytes to replace by one U+FFFD: the
// stray byte itself, or the valid prefix of a sequence cut short.
std::size_t well_formed_length(std::string_view text, std::size_t i, std::size_t &replaced) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;  // no overlong forms
    if (lead == 0xED) high = 0x9F; // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;  // no overlong forms
    if (lead == 0xF4) high = 0x8F; // nothing above U+10FFFF
  } else {
    replaced = 1;
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    const bool inside = i + k < text.size();
    const unsigned char c = inside ? byte(i + k) : 0;
    const bool ok = inside && (k == 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xBF);
    if (!ok) {
      replaced = k;
      return 0;
    }
  }
  return length;
}

void append_control(std::string &out, unsigned char c) {
  switch (c) {
  case '\b':
    out += "\\b";
    return;
  case '\f':
    out += "\\f";
    return;
  case '\n':
    out += "\\n";
    return;
  case '\r':
    out += "\\r";
    return;
  case '\t':
    out += "\\t";
    return;
  default:
    break;
  }
  constexpr std::string_view hex = "0123456789abcdef";
  out += "\\u00";
  out += hex[c >> 4];
  out += hex[c & 0xF];
}

constexpr std::string_view replacement = "\xEF\xBF\xBD";

// Bytes copied as they are without a second look: printable ASCII except quote and backslash.
// A table keeps the scan over long quotes to one load and one test per byte.
constexpr std::array<bool, 256> plain_bytes = [] {
  std::array<bool, 256> table{};
  for (std::size_t c = 0x20; c < 0x80; ++c)
    table[c] = c != '"' && c != '\\';
  return table;
}();

} // namespace

void append_json_string(std::string &out, std::string_view text) {
  out += '"';
  std::size_t run = 0; // start of the bytes not yet copied
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (plain_bytes[c]) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      std::size_t replaced = 0;
      if (const std::size_t length = well_formed_length(text, i, replaced); length > 0) {
        i += length;
        continue;
      }
      out.append(text, run, i - run);
      out += replacement;
      i += replaced;
      run = i;
      continue;
    }
    out.append(text, run, i - run);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else {
      append_control(out, c);
    }
    run = ++i;
  }
  out.append(text, run, text.size() - run);
  out += '"';
}

void append_json_double(std::string &out, double v) {
  if (v == 0) {
    out += std::signbit(v) ? "-0.0" : "0.0";
    return;
  }
  // Shortest round-trip digits in scientific form, "-d.ddde+XX", then laid out as a plain
  // decimal when the exponent is moderate (as printf's %g would, but always with a point).
  std::array<char, 32> buf{};
  const auto [end, ec] =
      std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific);
  (void)ec; // 32 bytes hold any double
  std::string_view sci(buf.data(), static_cast<std::size_t>(end - buf.data()));
  if (sci.front() == '-') {
    out += '-';
    sci.remove_prefix(1);
  }
  const std::size_t e_at = sci.find('e');
  std::array<char, 20> digits{};
  int k = 0; // number of significant digits
  for (std::size_t i = 0; i < e_at; ++i)
    if (sci[i] != '.') digits[static_cast<std::size_t>(k++)] = sci[i];
  int exponent = 0;
  std::from_chars(sci.data() + e_at + 2, sci.data() + sci.size(), exponent); // after e and sign
  if (sci[e_at + 1] == '-') exponent = -exponent;
  const int n = exponent + 1; // position of the decimal point relative to the first digit
  const std::string_view d(digits.data(), static_cast<std::size_t>(k));
  constexpr int min_exp = -4, max_exp = 15;
  if (k <= n && n <= max_exp) { // digits[000].0
    out += d;
    out.append(static_cast<std::size_t>(n - k), '0');
    out += ".0";
  } else if (0 < n && n <= max_exp) { // dig.its
    out += d.substr(0, static_cast<std::size_t>(n));
    out += '.';
    out += d.substr(static_cast<std::size_t>(n));
  } else if (min_exp < n && n <= 0) { // 0.[000]digits
    out += "0.";
    out.append(static_cast<std::size_t>(-n), '0');
    out += d;
  } else { // d.igitse+XX
    out += d.front();
    if (k > 1) {
      out += '.';
      out += d.substr(1);
    }
    out += 'e';
    out += exponent < 0 ? '-' : '+';
    const int magnitude = std::abs(exponent);
    if (magnitude < 10) out += '0';
    std::array<char, 8> e{};
    const auto r = std::to_chars(e.data(), e.data() + e.size(), magnitude);
    out.append(e.data(), r.ptr);
  }
}

void append_json_number(std::string &out, double v) {
  std::array<char, 32> buf{};
  const auto [end, ec] =
      std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::general, 6);
  (void)ec; // 32 bytes hold six digits and any exponent
  out.append(buf.data(), end);
}

JsonStream::JsonStream(std::string &out, bool pretty) : out_(out), pretty_(pretty) {}

void JsonStream::newline(std::size_t depth) {
  out_ += '\n';
  out_.append(2 * depth, ' ');
}

void JsonStream::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level &level = levels_.back();
  if (!level.empty) out_ += ',';
  const bool first = level.empty;
  level.empty = false;
  if (!pretty_) return;
  if (!level.inline_)
    newline(levels_.size());
  else if (!first)
    out_ += ' ';
}

void JsonStream::begin_object() {
  before_value();
  out_ += '{';
  levels_.push_back({});
}

void JsonStream::end_object() {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (pretty_ && !empty) newline(levels_.size());
  out_ += '}';
}

void JsonStream::begin_array() {
  before_value();
  out_ += '[';
  levels_.push_back({});
}

void JsonStream::begin_inline_array() {
  before_value();
  out_ += '[';
  levels_.push_back({.empty = true, .inline_ = true});
}

void JsonStream::end_array() {
  const Level level = levels_.back();
  levels_.pop_back();
  if (pretty_ && !level.empty && !level.inline_) newline(levels_.size());
  out_ += ']';
}

void JsonStream::key(std::string_view name) {
  before_value();
  append_json_string(out_, name);
  out_ += pretty_ ? ": " : ":";
  after_key_ = true;
}

void JsonStream::string(std::string_view text) {
  before_value();
  append_json_string(out_, text);
}

void JsonStream::number(double v) {
  before_value();
  if (std::isfinite(v))
    append_json_number(out_, v);
  else
    out_ += "null";
}

void JsonStream::unsigned_number(std::uint64_t v) {
  before_value();
  std::array<char, 24> buf{};
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  out_.append(buf.data(), r.ptr);
}

void JsonStream::boolean(bool v) {
  before_value();
  out_ += v ? "true" : "false";
}

void JsonStream::null() {
  before_value();
  out_ += "null";
}

void JsonStream::optional_string(std::string_view text) {
  if (text.empty())
    null();
  else
    string(text);
}

} // namespace aspectdiff::report
