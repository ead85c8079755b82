#include "report/table_layout.hpp"

#include "report/text_width.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace aspectdiff::report {

std::vector<std::size_t> layout_columns(const Table &table, std::size_t max_width, std::size_t gap,
                                        std::size_t min_width) {
  const std::size_t n = table.columns.size();
  std::vector<std::size_t> width(n, 0);
  std::vector<std::size_t> floor(n, 0);
  for (std::size_t c = 0; c < n; ++c) {
    width[c] = display_width(table.columns[c].header);
    floor[c] = table.columns[c].align == Align::right
                   ? SIZE_MAX
                   : std::max(min_width, std::min(width[c], min_width * 2));
  }
  for (const auto &row : table.rows)
    for (std::size_t c = 0; c < n && c < row.cells.size(); ++c)
      width[c] = std::max(width[c], display_width(row.cells[c].text));

  const std::size_t gaps = n == 0 ? 0 : gap * (n - 1);
  auto total = [&] { return std::accumulate(width.begin(), width.end(), gaps); };
  // Take one column at a time from the widest shrinkable column: the result keeps the
  // columns' proportions as far as the floors allow.
  while (total() > max_width) {
    std::size_t widest = n;
    for (std::size_t c = 0; c < n; ++c)
      if (width[c] > floor[c] && (widest == n || width[c] > width[widest])) widest = c;
    if (widest == n) break; // nothing left to shrink: the table overflows
    --width[widest];
  }
  return width;
}

std::string fit_cell(std::string_view text, std::size_t width, Align align) {
  std::string cell = truncate_to_width(text, width);
  const std::size_t used = display_width(cell);
  const std::string padding(width > used ? width - used : 0, ' ');
  return align == Align::left ? cell + padding : padding + cell;
}

} // namespace aspectdiff::report
