#include "report/table_layout.hpp"
#include "report/text_width.hpp"

#include <catch2/catch.hpp>

using namespace aspectdiff::report;

TEST_CASE("display width counts code points, not bytes", "[report]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("Putin") == 5);
  CHECK(display_width("Пу́тин") == 5);               // Cyrillic with a combining acute accent
  CHECK(display_width("\u201cwarm\u201d") == 6);    // curly quotes: 3 bytes, 1 column each
  CHECK(display_width("\u4e60\u8fd1\u5e73") == 6);  // 习近平: wide characters
  CHECK(display_width("caf\u00e9 \u2013 ok") == 9); // é and an en dash
  CHECK(display_width("\xff\xfe") == 2);            // invalid bytes still take room
}

TEST_CASE("truncate_to_width cuts between code points and marks the cut", "[report]") {
  CHECK(truncate_to_width("short", 10) == "short");
  CHECK(truncate_to_width("\u00e9\u00e9\u00e9\u00e9\u00e9", 3) == "\u00e9\u00e9\u2026");
  CHECK(truncate_to_width("\u4e60\u8fd1\u5e73", 4) == "\u4e60\u2026"); // 2 + 1 <= 4, 2 + 2 + 1 > 4
  CHECK(display_width(truncate_to_width("Пу́тин и Си", 6)) == 6);
  CHECK(truncate_to_width("abc", 0).empty());
}

TEST_CASE("wrap_to_width breaks at spaces within the width", "[report]") {
  const auto lines = wrap_to_width("the quick brown fox jumps over the lazy dog", 10);
  REQUIRE(lines.size() == 5);
  CHECK(lines[0] == "the quick");
  for (const auto &l : lines)
    CHECK(display_width(l) <= 10);
  const auto long_word = wrap_to_width("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9", 3);
  REQUIRE(long_word.size() == 3);
  CHECK(long_word[0] == "\u00e9\u00e9\u00e9");
}

TEST_CASE("layout_columns fits a table in the width, shrinking text columns only", "[report]") {
  Table table{{{"Item"}, {"Weight", Align::right}}, {}};
  table.rows.push_back({{{std::string(80, 'x')}, {"0.50"}}, {}});
  const auto natural = layout_columns(table, 200, 2);
  CHECK(natural == std::vector<std::size_t>{80, 6});
  const auto fitted = layout_columns(table, 40, 2);
  CHECK(fitted == std::vector<std::size_t>{32, 6});
  CHECK(fit_cell("\u00e9t\u00e9", 5, Align::right) == "  \u00e9t\u00e9");
  CHECK(fit_cell("\u00e9t\u00e9", 5, Align::left) == "\u00e9t\u00e9  ");
}
