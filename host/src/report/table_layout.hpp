// Column widths for a table that has to fit a terminal, and cell padding by display width.
#pragma once

#include "report/outline.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::report {

// Width of each column: the widest cell or header, shrunk (widest left-aligned columns first,
// never below `min_width` or the header) until the row, with `gap` columns between cells, fits
// in `max_width`. Right-aligned columns hold numbers and are never shrunk.
std::vector<std::size_t> layout_columns(const Table &table, std::size_t max_width, std::size_t gap,
                                        std::size_t min_width = 8);

// `text` cut to `width` columns if needed, then padded with spaces on the side `align` says.
std::string fit_cell(std::string_view text, std::size_t width, Align align);

} // namespace aspectdiff::report
