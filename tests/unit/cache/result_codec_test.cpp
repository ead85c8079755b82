#include "cache/result_codec.hpp"

#include "cache_fixtures.hpp"

#include <catch2/catch.hpp>

using namespace aspectdiff;
using cache::testing::require_same_result;

TEST_CASE("result codec: a full result survives a round trip", "[cache][codec]") {
  const auto original = cache::testing::full_result();
  const std::string bytes = cache::encode_result(original);
  const auto decoded = cache::decode_result(bytes);
  REQUIRE(decoded.has_value());
  require_same_result(original, *decoded);
  CHECK_FALSE(decoded->from_cache);

  model::AspectResult failed;
  failed.aspect = "actors";
  failed.status = model::ResultStatus::unscored;
  failed.error = "language 'fr'";
  const auto decoded_failed = cache::decode_result(cache::encode_result(failed));
  REQUIRE(decoded_failed.has_value());
  require_same_result(failed, *decoded_failed);
}

TEST_CASE("result codec: every truncation and trailing bytes are refused", "[cache][codec]") {
  const std::string bytes = cache::encode_result(cache::testing::full_result());
  for (std::size_t n = 0; n < bytes.size(); ++n)
    REQUIRE_FALSE(cache::decode_result(std::string_view(bytes).substr(0, n)).has_value());
  REQUIRE_FALSE(cache::decode_result(bytes + '\0').has_value());
}

TEST_CASE("result codec: corrupted counts and enums never crash", "[cache][codec]") {
  const std::string bytes = cache::encode_result(cache::testing::full_result());
  // Flip every byte in turn: a decode may fail or yield a different result, but it must return
  // (a count read from the damage must not lead to a huge allocation or a read past the end).
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    std::string corrupt = bytes;
    corrupt[i] = static_cast<char>(corrupt[i] ^ 0xFF);
    CHECK_NOTHROW(cache::decode_result(corrupt));
  }
  std::string bad_status = bytes;
  bad_status[4 + 9] = 7; // after the 4-byte length and "sentiment": the status byte
  CHECK_FALSE(cache::decode_result(bad_status).has_value());
}
