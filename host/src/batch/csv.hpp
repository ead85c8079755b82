// CSV cells as RFC 4180 writes them, and numbers in a form that is short and reads back exactly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::batch {

// Quotes a cell when it holds a comma, a quote, a line break or leading/trailing spaces.
void append_cell(std::string &line, std::string_view cell);
// The cells joined by commas, with a final line feed.
std::string csv_line(const std::vector<std::string> &cells);
// Shortest round-trip text of a finite number; "" for NaN and infinities.
std::string number_cell(double value);

} // namespace aspectdiff::batch
