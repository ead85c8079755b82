// The block-at-a-time classification and lower-casing agree with the byte-at-a-time reference
// for every kind of byte, at every offset and length, in both versions (only one of which the
// segmenter uses on a given machine).
#include "../../../bench/corpus.hpp"
#include "text/char_class_blocks.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using namespace aspectdiff::text;

namespace {

// Letters, digits, word-joining punctuation, spaces and bytes beyond ASCII (including the
// edges of each range, where an off-by-one would show).
constexpr std::string_view kAlphabet = "aAzZ09mM@[`{/:.,'- \t\n\x7F\x80\xC3\xA9\xFF";

std::string random_bytes(aspectdiff::bench::CorpusRng &rng, std::size_t n) {
  std::string s(n, ' ');
  for (auto &c : s)
    c = rng.below(4) == 0 ? static_cast<char>(rng.below(256))
                          : kAlphabet[rng.below(kAlphabet.size())];
  return s;
}

// Mostly letters and digits, so runs cross block boundaries.
std::string random_words(aspectdiff::bench::CorpusRng &rng, std::size_t n) {
  std::string s(n, ' ');
  for (auto &c : s)
    c = rng.below(12) == 0 ? ' ' : kAlphabet[rng.below(6)];
  return s;
}

void check_runs(const std::string &text) {
  const char *end = text.data() + text.size();
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char *p = text.data() + at;
    const ascii::AlnumRun expected = ascii::finish_alnum_run(p, end, {});
    INFO("offset " << at << " of " << text.size());
    REQUIRE(ascii::alnum_run_by_words(p, end) == expected);
#if defined(__SSE2__)
    REQUIRE(ascii::alnum_run_by_sse2(p, end) == expected);
#endif
  }
}

} // namespace

TEST_CASE("runs of letters and digits are found a block at a time as byte by byte",
          "[text][char_class]") {
  aspectdiff::bench::CorpusRng rng(7);
  for (int i = 0; i < 300; ++i) {
    check_runs(random_bytes(rng, rng.below(80)));
    check_runs(random_words(rng, rng.below(80)));
  }
  const std::string_view word = "McDONALD2 x";
  const ascii::AlnumRun run = ascii::alnum_run(word.data(), word.data() + word.size());
  CHECK(run.length == 9);
  CHECK(run.uppers == 7);
  CHECK(run.seen == (ascii::lower | ascii::upper | ascii::digit));
}

TEST_CASE("lower-casing a block at a time changes only ASCII capitals", "[text][char_class]") {
  aspectdiff::bench::CorpusRng rng(11);
  for (int i = 0; i < 2000; ++i) {
    const std::string source = random_bytes(rng, rng.below(60)) + std::string(16, '\0');
    const std::size_t len = source.size() - 16;
    std::string expected(len, '\0');
    for (std::size_t k = 0; k < len; ++k)
      expected[k] = ascii::kLower[static_cast<unsigned char>(source[k])];
    std::string out(len + 16, '\0');
    ascii::lower_by_words(source.data(), len, out.data());
    REQUIRE(out.substr(0, len) == expected);
#if defined(__SSE2__)
    std::string out16(len + 16, '\0');
    ascii::lower_by_sse2(source.data(), len, out16.data());
    REQUIRE(out16.substr(0, len) == expected);
#endif
  }
}
