#include "text/abbreviations.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace aspectdiff::text;

TEST_CASE("every listed abbreviation is found with its kind", "[text][abbreviations]") {
  for (const auto &a : kAbbreviations) {
    INFO(a.text);
    const auto kind = find_abbreviation(a.text);
    REQUIRE(kind.has_value());
    // The first entry for a text decides its kind.
    for (const auto &earlier : kAbbreviations) {
      if (earlier.text == a.text) {
        CHECK(*kind == earlier.kind);
        break;
      }
    }
  }
}

TEST_CASE("near misses are not abbreviations", "[text][abbreviations]") {
  for (const std::string token :
       {"Mr", "mr.", "MR.", "Mr.s", "U.S.", "approx", "approx..", "", ".", "Dr.Dr.", "etcetera."})
    CHECK_FALSE(find_abbreviation(token).has_value());
  // A trailing zero byte packs like no byte at all: the length must still tell them apart.
  CHECK_FALSE(find_abbreviation(std::string("Mr.\0", 4)).has_value());
  CHECK_FALSE(find_abbreviation(std::string("e.g.\0\0", 6)).has_value());
  CHECK(find_abbreviation("e.g.") == AbbreviationKind::never_ends);
  CHECK(find_abbreviation("No.") == AbbreviationKind::before_number);
  CHECK(find_abbreviation("Inc.") == AbbreviationKind::ends_before_function_word);
  CHECK(find_abbreviation("etc.") == AbbreviationKind::ends_unless_lower);
}
