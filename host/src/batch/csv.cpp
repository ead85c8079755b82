#include "batch/csv.hpp"

#include <charconv>
#include <cmath>

namespace aspectdiff::batch {

void append_cell(std::string &line, std::string_view cell) {
  const bool quote = cell.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
  if (!quote) {
    line.append(cell);
    return;
  }
  line.push_back('"');
  for (const char c : cell) {
    if (c == '"') line.push_back('"');
    line.push_back(c);
  }
  line.push_back('"');
}

std::string csv_line(const std::vector<std::string> &cells) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) line.push_back(',');
    append_cell(line, cells[i]);
  }
  line.push_back('\n');
  return line;
}

std::string number_cell(double value) {
  if (!std::isfinite(value)) return {};
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, r.ptr);
}

} // namespace aspectdiff::batch
