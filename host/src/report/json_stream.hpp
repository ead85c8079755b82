// A small streaming JSON writer that appends straight into a std::string: no document tree, so
// a result with thousands of evidence spans costs a few buffer appends rather than thousands of
// small allocations. The caller supplies the structure (objects, arrays, keys) in order; the
// writer adds separators, optional two-space indentation, string escaping and number formatting.
#pragma once

#include "report/json_detail.hpp"

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::report {

class JsonStream {
public:
  // `pretty`: one member per line, indented by two spaces per level (as `--format json`);
  // otherwise everything on one line without spaces (as JSON Lines).
  JsonStream(std::string &out, bool pretty);

  // Whether the schema's writers put the quoted text beside each evidence span
  // (`--evidence-text`); it travels with the stream so that every nested writer sees it.
  bool evidence_text = false;
  // How much of each aspect result the schema's writers put out (`--detail`).
  Detail detail = Detail::items;

  void begin_object();
  void end_object();
  void begin_array();
  // An array laid out on one line even in a pretty stream ("[512, 530]"): for short arrays of
  // numbers such as an evidence span, which one number per line made most of a pretty output.
  void begin_inline_array();
  void end_array();
  // The name of the next member; the value follows with one of the calls below.
  void key(std::string_view name);

  void string(std::string_view text);
  void number(double v); // six significant digits (append_json_number); null when not finite
  template <std::unsigned_integral T> void number(T v) { unsigned_number(v); }
  void boolean(bool v);
  void null();
  // A string, or null when it is empty.
  void optional_string(std::string_view text);

  // A member and its value in one call; the name says the type, so that a string literal can
  // never be taken for a boolean.
  void string_member(std::string_view name, std::string_view text) {
    key(name);
    string(text);
  }
  void number_member(std::string_view name, double v) {
    key(name);
    number(v);
  }
  template <std::unsigned_integral T> void number_member(std::string_view name, T v) {
    key(name);
    unsigned_number(v);
  }
  void boolean_member(std::string_view name, bool v) {
    key(name);
    boolean(v);
  }
  void optional_string_member(std::string_view name, std::string_view text) {
    key(name);
    optional_string(text);
  }

  // The caller handed values of the open array or object to the output itself (text another
  // JsonStream made at this depth): later separators and the closing bracket must know.
  void values_written_elsewhere() { levels_.back().empty = false; }

private:
  void before_value();
  void unsigned_number(std::uint64_t v);
  void newline(std::size_t depth);

  struct Level {
    bool empty = true;
    bool inline_ = false; // values on one line, separated by ", "
  };
  std::string &out_;
  bool pretty_;
  bool after_key_ = false;
  std::vector<Level> levels_;
};

// Appends `text` as a quoted JSON string. Quotes, backslashes and control characters are
// escaped; other bytes of valid UTF-8 are copied as they are; each ill-formed sequence (a stray
// byte, or the valid start of a sequence cut short) becomes one U+FFFD, so a bad quote never
// aborts the output halfway.
void append_json_string(std::string &out, std::string_view text);

// Appends the shortest decimal form of a finite `v` that reads back as the same double, always
// recognisable as a floating-point number: 14.0, 0.25, 1.5e-07, 1e+20.
void append_json_double(std::string &out, double v);

// Appends a finite `v` rounded to six significant digits, trailing zeros dropped, as printf's
// %g writes it: 14, 0.25, 0.333333, 1.5e-07. Six digits are more than any measure of a text
// carries (a weight of 0.3333333333333333 is a third), and a third of the bytes of a full
// round-trip form.
void append_json_number(std::string &out, double v);

} // namespace aspectdiff::report
