// Reading the plugin's line-based data files (model weights): each line with its number, so a
// bad line can be named in the error.
#pragma once

#include <cstddef>
#include <string_view>

namespace aspectdiff::plugins::sentiment {

// Calls fn(line, line_number) for every line of `bytes`, without its newline; numbers from 1.
template <class Fn> void for_each_line(std::string_view bytes, Fn &&fn) {
  std::size_t line_no = 0, pos = 0;
  while (pos < bytes.size()) {
    auto end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    fn(bytes.substr(pos, end - pos), ++line_no);
    pos = end + 1;
  }
}

} // namespace aspectdiff::plugins::sentiment
