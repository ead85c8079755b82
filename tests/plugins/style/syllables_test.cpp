// The syllable estimate. The plugin is a MODULE library that cannot be linked, so this test
// compiles the plugin's source file into the test binary.
#include "../../../plugins/style/syllables.cpp"

#include <catch2/catch.hpp>

using aspectdiff::plugins::style::estimate_syllables;
using aspectdiff::plugins::style::SyllableCounter;

TEST_CASE("style: syllables of common words follow the rules", "[style][syllables]") {
  struct Case {
    const char *word;
    unsigned syllables;
  };
  const Case cases[] = {
      {"the", 1},           {"cat", 1},          {"make", 1},          {"whole", 1},
      {"table", 2},         {"little", 2},       {"people", 2},        {"agree", 2},
      {"makes", 1},         {"places", 2},       {"boxes", 2},         {"judges", 2},
      {"used", 1},          {"jumped", 1},       {"wanted", 2},        {"needed", 2},
      {"troubled", 2},      {"called", 1},       {"hundred", 2},       {"played", 1},
      {"player", 2},        {"beautiful", 3},    {"elephants", 3},     {"relationship", 4},
      {"lately", 2},        {"movement", 2},     {"hopeful", 2},       {"useful", 2},
      {"being", 2},         {"going", 2},        {"trying", 2},        {"saying", 2},
      {"media", 3},         {"social", 2},       {"russia", 2},        {"violence", 3},
      {"nation", 2},        {"actual", 3},       {"quality", 3},       {"influence", 3},
      {"society", 4},       {"science", 2},      {"patient", 2},       {"idea", 3},
      {"sea", 1},           {"create", 2},       {"video", 3},         {"criticism", 4},
      {"isn't", 2},         {"don't", 1},        {"something", 2},     {"pipeline", 2},
      {"unique", 2},        {"league", 1},       {"argue", 2},         {"negotiation", 5},
      {"continuity", 5},    {"european", 4},     {"economic", 4},      {"cooperation", 5},
      {"strengthening", 3}, {"particularly", 5}, {"fundamentally", 5}, {"centre", 2}};
  for (const auto &c : cases) {
    INFO(c.word);
    CHECK(estimate_syllables(c.word) == c.syllables);
  }
}

TEST_CASE("style: syllables of tokens that are not plain words", "[style][syllables]") {
  CHECK(estimate_syllables("western-style") == 3); // each part counts
  CHECK(estimate_syllables("u.s.") == 2);          // one per initial
  CHECK(estimate_syllables("hmm") == 1);           // no vowel still makes a syllable
  CHECK(estimate_syllables("café") == 2);          // accented vowels are vowels
  CHECK(estimate_syllables("EU", true) == 2);      // short all-caps words are spelled out
  CHECK(estimate_syllables("WTO", true) == 5);     // "dub-ble-you tee oh"
  CHECK(estimate_syllables("2014", false, true) == 4);
  CHECK(estimate_syllables("7", false, true) == 1);
  CHECK(estimate_syllables("") == 1);
}

TEST_CASE("style: syllable exceptions override the rules", "[style][syllables]") {
  SyllableCounter counter;
  CHECK(counter.count("business") == 3); // the rules' answer
  counter.add_exceptions("# comment\nbusiness\t2\nSoldier\t2\r\n\n", "test.tsv");
  CHECK(counter.exception_count() == 2);
  CHECK(counter.count("business") == 2);
  CHECK(counter.count("soldiers") == 2);  // a plural finds its singular
  CHECK(counter.count("business.") == 2); // a trailing full stop is an abbreviation's
}

TEST_CASE("style: remembered counts belong to their counter and their flags",
          "[style][syllables]") {
  SyllableCounter plain;
  SyllableCounter special;
  special.add_exceptions("business\t2\n", "test.tsv");
  // Interleaved on one thread, each counter answers with its own exceptions, again and again.
  for (int round = 0; round < 3; ++round) {
    CHECK(plain.count("business") == 3);
    CHECK(special.count("business") == 2);
  }
  // The same letters under other flags are another entry: spelled out, or read as a word.
  CHECK(plain.count("eu") == estimate_syllables("eu"));
  CHECK(plain.count("EU", true) == 2);
  CHECK(plain.count("eu") == estimate_syllables("eu"));
  // A copy answers as its original, and a change to it does not leak into the original.
  SyllableCounter copy = special;
  CHECK(copy.count("business") == 2);
  copy.add_exceptions("business\t4\n", "other.tsv");
  CHECK(copy.count("business") == 4);
  CHECK(special.count("business") == 2);
}

TEST_CASE("style: a malformed exception line names its file and line", "[style][syllables]") {
  SyllableCounter counter;
  CHECK_THROWS_WITH(counter.add_exceptions("fine\t1\nbroken 2\n", "extra.tsv"),
                    Catch::Contains("extra.tsv:2"));
  CHECK_THROWS_WITH(counter.add_exceptions("word\tmany\n", "extra.tsv"),
                    Catch::Contains("extra.tsv:1"));
  CHECK_THROWS_WITH(counter.add_exceptions("word\t0\n", "extra.tsv"), Catch::Contains("1 to 20"));
}
