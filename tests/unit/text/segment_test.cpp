#include "read_helpers.hpp"

#include "text/segment.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace aspectdiff;
using testing::norm;
using testing::norms;
using testing::sentences;
using testing::surface;
using testing::surfaces;
using Strings = std::vector<std::string>;

namespace {

model::Document seg(std::string text) {
  model::Document d;
  d.text = std::move(text);
  text::segment(d);
  return d;
}

bool has(const aspectdiff_token &t, aspectdiff_token_flag f) {
  return (t.flags & f) != 0;
}

// Index of the first token whose surface is `s`.
std::size_t find_token(const model::Document &d, const std::string &s) {
  for (std::size_t i = 0; i < d.tokens.size(); ++i)
    if (surface(d, i) == s) return i;
  FAIL("no token " << s);
  return 0;
}

std::string essay() {
  std::ifstream in(std::string(ASPECTDIFF_TEST_SOURCE_DIR) + "/samples/essay.txt",
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

} // namespace

TEST_CASE("the essay: offsets map back to the original bytes", "[text][segment]") {
  const std::string original = essay();
  REQUIRE(original.size() > 2000);
  const auto d = seg(original);

  CHECK(d.language == "en");
  CHECK(d.paragraphs.size() == 7); // one paragraph per line: the essay has no blank lines
  CHECK(d.sentences.size() == 18);
  std::uint32_t words = 0;
  for (std::size_t i = 0; i < d.tokens.size(); ++i) {
    const auto &t = d.tokens[i];
    REQUIRE(t.begin < t.end);
    REQUIRE(t.end <= original.size());
    if (i > 0) REQUIRE(d.tokens[i - 1].end <= t.begin);
    REQUIRE(t.norm_begin < t.norm_end);
    REQUIRE(t.norm_end <= d.normalised.size());
    words += (t.flags & (ASPECTDIFF_TOKEN_WORD | ASPECTDIFF_TOKEN_NUMERIC)) ? 1 : 0;
  }
  CHECK(d.word_count == words);

  // U+2019 in "Russia’s": the word, then the clitic with a plain apostrophe.
  std::size_t russia = 0;
  while (russia + 1 < d.tokens.size() &&
         (surface(d, russia) != "Russia" || surface(d, russia + 1) != "\xE2\x80\x99s"))
    ++russia;
  REQUIRE(surface(d, russia) == "Russia");
  const auto &clitic = d.tokens[russia + 1];
  CHECK(original.substr(clitic.begin, clitic.end - clitic.begin) == "\xE2\x80\x99s");
  CHECK(norm(d, russia) == "russia");
  CHECK(norm(d, russia + 1) == "'s");
  CHECK(d.tokens[russia].end == clitic.begin);

  // U+2013 between "China" and "they": its own token, normalised to a hyphen.
  const std::size_t dash = find_token(d, "\xE2\x80\x93");
  CHECK(norm(d, dash) == "-");
  CHECK(has(d.tokens[dash], ASPECTDIFF_TOKEN_PUNCTUATION));
  CHECK(surface(d, dash - 1) == "China");
  CHECK(surface(d, dash + 1) == "they");

  // Hyphenated words stay whole.
  CHECK(norm(d, find_token(d, "Russia-China")) == "russia-china");
  CHECK(norm(d, find_token(d, "Western-style")) == "western-style");

  // Sentences and paragraphs cover their tokens, in order.
  for (std::size_t s = 0; s < d.sentences.size(); ++s) {
    const auto &sent = d.sentences[s];
    REQUIRE(sent.count > 0);
    CHECK(sent.begin == d.tokens[sent.first].begin);
    CHECK(sent.end == d.tokens[sent.first + sent.count - 1].end);
    for (std::uint32_t t = sent.first; t < sent.first + sent.count; ++t)
      CHECK(d.tokens[t].sentence == s);
  }
  std::uint32_t covered = 0;
  for (const auto &p : d.paragraphs) {
    CHECK(p.first == covered);
    covered += p.count;
  }
  CHECK(covered == d.sentences.size());
  CHECK(sentences(d)[10] == "So, what exactly do Putin and Xi aim to achieve?");
}

TEST_CASE("abbreviations do not end a sentence", "[text][segment]") {
  const Strings cases = {
      "Mr. Smith arrived.",
      "Mrs. Smith arrived.",
      "Ms. Smith arrived.",
      "Dr. Chen arrived.",
      "Prof. Chen arrived.",
      "Gen. Lee arrived.",
      "Sen. Warren spoke.",
      "Rep. Cole spoke.",
      "St. Petersburg is far.",
      "John Smith Jr. spoke.",
      "John Smith Sr. spoke.",
      "On Jan. 5 they met.",
      "On Feb. 5 they met.",
      "On Mar. 5 they met.",
      "On Apr. 5 they met.",
      "On Jun. 5 they met.",
      "On Jul. 5 they met.",
      "On Aug. 5 they met.",
      "On Sep. 5 they met.",
      "On Sept. 5 they met.",
      "On Oct. 5 they met.",
      "On Nov. 5 they met.",
      "On Dec. 5 they met.",
      "He lives at No. 10 now.",
      "It was Russia vs. China.",
      "Fruit, e.g. apples, grew.",
      "One fruit, i.e. apples, grew.",
      "Apple Inc. grew.",
      "Acme Corp. grew.",
      "Acme Ltd. grew.",
      "Acme Co. grew.",
      "The U.S. economy grew.",
      "The U.K. economy grew.",
      "Pears, plums, etc. are fruit.",
  };
  for (const auto &c : cases) {
    INFO(c);
    const auto d = seg(c);
    CHECK(d.sentences.size() == 1);
  }
  // The abbreviation keeps its period.
  const auto d = seg("Mr. Smith met Dr. Jones in the U.S. yesterday.");
  CHECK(surfaces(d) ==
        Strings{"Mr.", "Smith", "met", "Dr.", "Jones", "in", "the", "U.S.", "yesterday", "."});
  CHECK(norm(d, 7) == "u.s.");
  CHECK(has(d.tokens[7], ASPECTDIFF_TOKEN_ALL_CAPS));
}

TEST_CASE("abbreviations that can close a sentence do so before a new one", "[text][segment]") {
  CHECK(sentences(seg("They moved to the U.S. The next day was fine.")) ==
        Strings{"They moved to the U.S.", "The next day was fine."});
  CHECK(sentences(seg("We bought apples, pears, etc. The rest was sold.")) ==
        Strings{"We bought apples, pears, etc.", "The rest was sold."});
  // "May" is not an abbreviation, and "No." is one only before a number.
  CHECK(sentences(seg("It happened in May. Then it stopped.")).size() == 2);
  CHECK(sentences(seg("The answer was No. The vote failed.")).size() == 2);
}

TEST_CASE("decimals and initials do not end a sentence", "[text][segment]") {
  auto d = seg("Growth was 2.5 percent. Trade rose 3.14 times.");
  CHECK(sentences(d) == Strings{"Growth was 2.5 percent.", "Trade rose 3.14 times."});
  CHECK(has(d.tokens[find_token(d, "2.5")], ASPECTDIFF_TOKEN_NUMERIC));

  d = seg("J. R. R. Tolkien wrote it. George W. Bush read it.");
  CHECK(sentences(d) == Strings{"J. R. R. Tolkien wrote it.", "George W. Bush read it."});
  CHECK(surface(d, 0) == "J.");
}

TEST_CASE("sentence ends: ! ? … and closing quotes", "[text][segment]") {
  CHECK(sentences(seg("Really? Yes! Fine\xE2\x80\xA6 Go.")) ==
        Strings{"Really?", "Yes!", "Fine\xE2\x80\xA6", "Go."});
  // Closing quotes and brackets stay with the sentence they close.
  CHECK(sentences(seg("He said \xE2\x80\x9Cyes.\xE2\x80\x9D Then he left. (It rained.) Fine.")) ==
        Strings{"He said \xE2\x80\x9Cyes.\xE2\x80\x9D", "Then he left.", "(It rained.)", "Fine."});
  // Lower case after the stop: the sentence goes on.
  CHECK(sentences(seg("\xE2\x80\x9CReally?\xE2\x80\x9D she asked. Wait... what now?")) ==
        Strings{"\xE2\x80\x9CReally?\xE2\x80\x9D she asked.", "Wait... what now?"});
}

TEST_CASE("tokens: clitics, hyphens, numbers, URLs, e-mail", "[text][segment]") {
  auto d = seg("I don't know; it's Russia's win-win Xi-Putin deal.");
  CHECK(surfaces(d) == Strings{"I", "do", "n't", "know", ";", "it", "'s", "Russia", "'s", "win-win",
                               "Xi-Putin", "deal", "."});
  CHECK(has(d.tokens[find_token(d, "Xi-Putin")], ASPECTDIFF_TOKEN_CAPITALISED));

  d = seg("It cost 1,200 dollars, 2.5 times more, up 3% at 10:30.");
  for (const char *n : {"1,200", "2.5", "3%", "10:30"}) {
    INFO(n);
    const auto &t = d.tokens[find_token(d, n)];
    CHECK(has(t, ASPECTDIFF_TOKEN_NUMERIC));
    CHECK_FALSE(has(t, ASPECTDIFF_TOKEN_WORD));
  }
  CHECK(d.word_count == 11);

  d = seg("See https://example.com/a_(b)?q=1, www.kremlin.ru. Write to a.b+c@mail.example.org.");
  CHECK(surfaces(d) == Strings{"See", "https://example.com/a_(b)?q=1", ",", "www.kremlin.ru", ".",
                               "Write", "to", "a.b+c@mail.example.org", "."});
  CHECK(sentences(d).size() == 2);
}

TEST_CASE("normalised forms: case, apostrophes, quotes, dashes, NFC", "[text][segment]") {
  // ‘ ’ “ ” « » – — … and a decomposed é (e + U+0301)
  const auto d = seg("\xE2\x80\x98Hi\xE2\x80\x99 \xE2\x80\x9CX\xE2\x80\x9D \xC2\xAB"
                     "Y\xC2\xBB A\xE2\x80\x93"
                     "B \xE2\x80\x94 Caf"
                     "e\xCC\x81 \xC3\x89T\xC3\x89 ok\xE2\x80\xA6");
  CHECK(norms(d) == Strings{"'", "hi", "'", "\"", "x", "\"", "\"", "y", "\"", "a", "-", "b", "-",
                            "caf\xC3\xA9", "\xC3\xA9t\xC3\xA9", "ok", "..."});
  // Flags of the all-caps word beyond ASCII.
  CHECK(has(d.tokens[14], ASPECTDIFF_TOKEN_ALL_CAPS));
  // The normalised buffer: tokens separated by spaces.
  CHECK(d.normalised.substr(0, 7) == "' hi ' ");
}

TEST_CASE("flags", "[text][segment]") {
  const auto d = seg("\xE2\x80\x9CThe NATO summit\xE2\x80\x9D met Putin in 2019 \xE2\x82\xAC 5.");
  CHECK(has(d.tokens[0], ASPECTDIFF_TOKEN_PUNCTUATION));
  CHECK_FALSE(has(d.tokens[0], ASPECTDIFF_TOKEN_SENTENCE_INITIAL));
  CHECK(has(d.tokens[1], ASPECTDIFF_TOKEN_SENTENCE_INITIAL)); // first word after the quote
  CHECK(has(d.tokens[1], ASPECTDIFF_TOKEN_CAPITALISED));
  CHECK(has(d.tokens[2], ASPECTDIFF_TOKEN_ALL_CAPS));
  CHECK_FALSE(has(d.tokens[3], ASPECTDIFF_TOKEN_CAPITALISED));
  CHECK_FALSE(has(d.tokens[5], ASPECTDIFF_TOKEN_SENTENCE_INITIAL));
  CHECK(has(d.tokens[find_token(d, "\xE2\x82\xAC")], ASPECTDIFF_TOKEN_SYMBOL));
  CHECK(has(d.tokens[find_token(d, "2019")], ASPECTDIFF_TOKEN_NUMERIC));
}

TEST_CASE("paragraphs: blank lines, CRLF, one paragraph per line", "[text][segment]") {
  auto d = seg("Title line\n\nFirst sentence here. Second one.\nStill the same paragraph.\n\n"
               "Last paragraph.\n");
  CHECK(d.paragraphs.size() == 3);
  CHECK(sentences(d) == Strings{"Title line", "First sentence here.", "Second one.",
                                "Still the same paragraph.", "Last paragraph."});

  // CRLF, with a blank line made of \r\n and spaces.
  d = seg("One two.\r\nThree four.\r\n \r\nFive six.\r\n");
  CHECK(d.paragraphs.size() == 2);
  CHECK(sentences(d) == Strings{"One two.", "Three four.", "Five six."});
  for (const auto &t : d.tokens)
    CHECK(d.text.substr(t.begin, t.end - t.begin).find('\r') == std::string::npos);

  // Without any blank line, every line is a paragraph (and so a sentence break).
  d = seg("Heading without a stop\nFirst paragraph.\nSecond paragraph\n");
  CHECK(d.paragraphs.size() == 3);
  CHECK(sentences(d).front() == "Heading without a stop");
}

TEST_CASE("language detection", "[text][language]") {
  CHECK(seg("The cat sat on the mat and it was happy.").language == "en");
  CHECK(seg("Xi Jinping Meets Putin in Moscow").language == "en");
  CHECK(seg("Der Hund lief schnell durch den Wald, weil er einen Hasen gesehen hatte und "
            "ihn fangen wollte, aber der Hase war schneller als er dachte.")
            .language == "de");
  CHECK(seg("\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD \xD0\xB8 \xD0\xA1\xD0\xB8 "
            "\xD0\xB2\xD1\x81\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD0\xB8\xD0\xBB\xD0\xB8\xD1\x81\xD1"
            "\x8C.")
            .language == "ru");
  CHECK(seg("\xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3\xE4\xB8\x8E\xE6\x99\xAE\xE4\xBA\xAC\xE4\xBC\x9A"
            "\xE8\xA7\x81\xE3\x80\x82")
            .language == "zh");
  CHECK(seg("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 "
            "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85")
            .language == "ar");
  CHECK(seg("").language == "und");
}

TEST_CASE("segmentation never fails on arbitrary bytes", "[text][segment]") {
  std::string bytes;
  for (int i = 0; i < 4096; ++i)
    bytes.push_back(static_cast<char>((i * 7919) % 256));
  const auto d = seg(bytes);
  for (const auto &t : d.tokens) {
    REQUIRE(t.begin < t.end);
    REQUIRE(t.end <= bytes.size());
  }
  // A CJK sentence: one token per character, and its full stop ends the sentence.
  const auto cjk = seg("\xE4\xB8\xAD\xE5\x9B\xBD\xE3\x80\x82\xE4\xBF\x84\xE3\x80\x82");
  CHECK(cjk.tokens.size() == 5);
  CHECK(cjk.sentences.size() == 2);
}
