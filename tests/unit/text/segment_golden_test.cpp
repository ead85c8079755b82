// Segmentation output, byte for byte, pinned by digests: the samples and thousands of generated
// documents full of the shapes that make segmentation hard (abbreviations, decimals, URLs,
// e-mail addresses, clitics, curly quotes, scripts beyond Latin, emoji, bytes that are not
// UTF-8, CRLF, blank lines, very long tokens). The segmenter is tuned for speed; this is what
// says a faster version still gives every token, offset, flag, sentence, paragraph, normalised
// form, word count and language exactly as before.
//
// A digest changes only when segmentation output changes; languages have digests of their own,
// so a change to language identification shows as that. When a change of output is intended,
// check the new behaviour with the readable tests (segment_test.cpp, language_test.cpp), then
// replace the digest with the one this test prints.
#include "../../../bench/corpus.hpp"
#include "cache/hash.hpp"
#include "text/segment.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace aspectdiff;

namespace {

// Everything segment() writes but the language, in a canonical text form. Languages are pinned
// apart: language identification has rules of its own, and a change to them should not read as
// a change of segmentation.
void dump(const model::Document &d, std::string &out) {
  const auto number = [&out](std::uint64_t v) {
    out += std::to_string(v);
    out += ' ';
  };
  out += "tokens ";
  for (const auto &t : d.tokens) {
    number(t.begin);
    number(t.end);
    number(t.norm_begin);
    number(t.norm_end);
    number(t.flags);
    number(t.sentence);
  }
  const auto segments = [&](const char *label, const std::vector<aspectdiff_segment> &list) {
    out += label;
    for (const auto &s : list) {
      number(s.begin);
      number(s.end);
      number(s.first);
      number(s.count);
    }
  };
  segments("\nsentences ", d.sentences);
  segments("\nparagraphs ", d.paragraphs);
  out += "\nwords ";
  number(d.word_count);
  out += "\nnormalised " + std::to_string(d.normalised.size()) + "\n" + d.normalised + "\n";
}

struct Digests {
  std::string segmentation; // of every text's dump, in order
  std::string languages;    // of every text's language, in order
};

Digests digest(const std::vector<std::string> &texts) {
  std::string all, languages;
  model::Document d;
  for (const auto &text : texts) {
    model::Document fresh; // as the host does: a new document each time
    fresh.text = text;
    text::segment(fresh);
    dump(fresh, all);
    languages += fresh.language + "\n";
    // And segmenting into a document that held another text leaves nothing of it behind.
    d.text = text;
    text::segment(d);
    std::string again;
    dump(d, again);
    std::string first;
    dump(fresh, first);
    REQUIRE(again == first);
    REQUIRE(d.language == fresh.language);
  }
  return {cache::xxh3_128_hex(all), cache::xxh3_128_hex(languages)};
}

std::string read_sample(const std::string &relative) {
  std::ifstream in(std::string(ASPECTDIFF_TEST_SOURCE_DIR) + "/samples/" + relative,
                   std::ios::binary);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The benchmarks' deterministic pseudo-random stream, so the generated texts never change.
using Rng = bench::CorpusRng;

// Pieces of text with the shapes segmentation has rules for.
constexpr std::string_view kPieces[] = {
    // Plain, capitalised and all-capital words, and function words that may open a sentence.
    "the", "of", "and", "relationship", "economic", "Putin", "Xi", "Moscow", "NATO", "SCO", "The",
    "He", "However", "They", "It", "A", "I", "a", "x", "abc123", "A1", "B2B", "COVID-19",
    // Abbreviations of every kind, and words that look like them.
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "St.", "Mt.", "Jr.", "Sr.", "Inc.", "Corp.",
    "Ltd.", "Co.", "Jan.", "Feb.", "Sept.", "Dec.", "No.", "no.", "Nos.", "Art.", "etc.", "vs.",
    "Vs.", "e.g.", "E.g.", "i.e.", "cf.", "approx.", "Fig.", "pp.", "U.S.", "U.S", "U.K.", "J.",
    "W.", "a.m.", "p.m.", "Ph.D.", "mr.", "MR.", "Mr", "eg.", "No", "Dr", "St",
    // Numbers with separators, decimals, percentages, currencies, times and dates.
    "1", "2.5", "3.14159", "1,200", "1,200,000.50", "10:30", "3%", "45.5%", "$40", "US$", "€20",
    "£5", "2019", "2019-2020", "1.", "1.2.3", "1,2", "0.5.", "12:", "100%.", "٣٤", "１２",
    // URLs and e-mail addresses, with the punctuation that may follow them.
    "http://example.com", "https://example.org/a/b?c=d&e=f.", "https://en.wikipedia.org/wiki/X_(Y)",
    "(https://x.org/p)", "www.example.com", "WWW.EXAMPLE.COM/x", "http://", "https://a", "www.",
    "user@example.com", "first.last+tag@mail.example.co.uk", "a@b", "@handle", "x_y@z.io.",
    "example.com", "node.js", "#tag",
    // Clitics and apostrophes, plain and typographic.
    "don't", "Don’t", "can’t", "won't", "it's", "Russia’s", "they're", "we've", "I'm", "she'd",
    "you'll", "WE'VE", "O'Brien", "O’Ñeill", "rock'n'roll", "'s", "’", "'", "dogs'", "ʼs",
    "l'homme", "n't", "isn’t.",
    // Hyphens and dashes.
    "win-win", "Xi-Putin", "Russia–China", "--", "—", "–", "‐", "‑", "−", "-", "re-", "-ish",
    "co\xC2\xADoperate", "zero\xE2\x80\x8Bwidth",
    "join\xE2\x80\x8D"
    "ed",
    // Sentence ends, quotes and brackets.
    ".", "!", "?", "...", "?!", "!!", "…", "。", "！", "？", "؟", "।", ",", ";", ":", "(", ")", "[",
    "]", "\"", "“", "”", "‘", "„", "«", "»", "›", "「", "」", "（", "）", "*", "&", "/", "\\",
    // Scripts beyond Latin, accents, case oddities, composed and decomposed forms.
    "北京欢迎你", "こんにちは", "カタカナ", "안녕하세요", "Привет", "МОСКВА", "Ελλάδα", "مرحبا",
    "नमस्ते", "สวัสดี", "שלום", "café", "CAFÉ", "Ñandú", "cafe\xCC\x81", "\xCC\x81", "İstanbul", "ß",
    "ẞ", "ǅemal", "ＡＢＣ", "ﬁne", "Ω", "ÅNGSTRÖM",
    // Emoji, symbols and sequences.
    "😀", "👍🏽", "👨\xE2\x80\x8D👩\xE2\x80\x8D👧", "🇺🇸", "❤️", "©", "™", "±", "→",
    "\xE2\x80\x8D",
    // Bytes that are not UTF-8: stray, truncated, overlong, surrogate.
    "\xFF", "\xC3", "\xE2\x80", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80"};

// What goes between two pieces: mostly a space, sometimes nothing, a line break, a blank line or
// an unusual space.
constexpr std::string_view kSeparators[] = {" ",
                                            " ",
                                            " ",
                                            " ",
                                            " ",
                                            " ",
                                            " ",
                                            " ",
                                            "",
                                            "",
                                            "\n",
                                            "\r\n",
                                            "\n\n",
                                            "\r\n\r\n",
                                            "\n \t\n",
                                            "\t",
                                            "  ",
                                            "\xC2\xA0",
                                            "\xE2\x80\xA8",
                                            "\xE2\x80\xA9",
                                            "\xC2\x85",
                                            "\xEF\xBB\xBF",
                                            "\x01",
                                            "\n\n\n"};

// A document of pieces drawn at random, now and then with a very long token in it.
std::string generated_text(Rng &rng) {
  std::string text;
  const std::size_t pieces = rng.below(120);
  for (std::size_t i = 0; i < pieces; ++i) {
    const std::size_t roll = rng.below(1000);
    if (roll == 0)
      text.append(3000 + rng.below(5000), static_cast<char>('a' + rng.below(26)));
    else if (roll == 1)
      text.append(2000 + rng.below(3000), '9');
    else
      text += kPieces[rng.below(std::size(kPieces))];
    text += kSeparators[rng.below(std::size(kSeparators))];
  }
  return text;
}

// A document of bytes drawn from `alphabet`: junctions no hand-written case thinks of.
std::string random_text(Rng &rng, std::string_view alphabet) {
  std::string text(rng.below(400), ' ');
  for (auto &c : text)
    c = alphabet[rng.below(alphabet.size())];
  return text;
}

struct Corpus {
  std::string name;
  std::vector<std::string> texts;
};

std::vector<Corpus> corpora() {
  std::vector<Corpus> g;
  g.push_back(
      {"samples",
       {read_sample("essay.txt"), read_sample("commentary/central-asia-arctic.txt"),
        read_sample("commentary/energy-and-trade.txt"), read_sample("commentary/hawkish-oped.txt"),
        read_sample("commentary/marriage-of-convenience.txt"),
        read_sample("commentary/state-media-celebration.txt"),
        read_sample("commentary/summit-wire-report.txt")}});
  g.push_back({"edges",
               {"",
                " ",
                "\n",
                "\n\n\n",
                " \t\r\n ",
                ".",
                "Mr.",
                "U.S.",
                "e.g.",
                "etc.",
                "J.",
                "No.",
                "No. 5",
                "3.",
                "2.5",
                "a",
                "A",
                "\xFF",
                "\xE2\x80",
                "’",
                "'s",
                "n't",
                "…",
                "\xE2\x80\xA9",
                "www.",
                "http://x",
                "a@b.c",
                "x\r\ny\r\n\r\nz\r\n",
                "One.\n\nTwo.\n\n\nThree",
                "no blank\nline at\nall",
                "\tTabbed\tline.\t",
                std::string("nul\0byte", 8),
                "He said “Go.” Then he left.",
                "In the U.S. The troops left. U.S. troops stayed.",
                "It rose 2.5% to $1,200.50 at 10:30 a.m. on Jan. 5. Then it fell.",
                "See https://example.com/a_(b). Or mail me@example.org!",
                "Ask Mr. Smith, e.g. today, etc. and then Dr. Chen. Etc. The end."}});
  for (std::uint64_t group = 0; group < 8; ++group) {
    Rng rng(1000 + group);
    Corpus gen{"generated " + std::to_string(group), {}};
    for (int i = 0; i < 250; ++i)
      gen.texts.push_back(generated_text(rng));
    g.push_back(std::move(gen));
  }
  Rng rng(77);
  Corpus punct{"random punctuation", {}};
  for (int i = 0; i < 500; ++i)
    punct.texts.push_back(random_text(rng, "aZ9 .,'-:@_+%()!?\"\n\r\t/w"));
  g.push_back(std::move(punct));
  Corpus bytes{"random bytes", {}};
  std::string all_bytes(256, '\0');
  for (int c = 0; c < 256; ++c)
    all_bytes[static_cast<std::size_t>(c)] = static_cast<char>(c);
  for (int i = 0; i < 500; ++i)
    bytes.texts.push_back(random_text(rng, all_bytes));
  g.push_back(std::move(bytes));
  return g;
}

} // namespace

// The digests of corpora()'s segmentations and languages, in order.
struct Expected {
  std::string_view segmentation, languages;
};
constexpr std::array kExpected{
    Expected{"f36f2ad48f8950cfd397662869a7efb1", "b96c4af4b30d336368faf0553fbb77f7"}, // the samples
    Expected{"a1b59fe18329d2910891704cc3a82851",
             "60e446ab6a601f81be6549304bc08b0a"}, // hand-written edge cases
    Expected{"9447f9a966ade661917e89a5f0ef9607", "1fecab232dab5b8bacda95ce57d0e5c8"}, // generated 0
    Expected{"46427dcb98b685cbaf5b6fe4bbc0e33e", "acd81c16fcafc64c43172a84bdc6bea2"}, // generated 1
    Expected{"f459bb7c7e2cb9282e79fdb7ac8f6a84", "3c458ee513b2c7f93051855987f6b871"}, // generated 2
    Expected{"998fabb2f3009dfab21b964c4fac7da5", "f0ec9d8ee8d0ecc2c8655f12924426c5"}, // generated 3
    Expected{"e72156080acd7a31f638dd2fbb1bb1d5", "d17c408e973e868b82d2f058d50d717b"}, // generated 4
    Expected{"17c6c1d9e46fa8b4f6d83928a78f96a0", "0c3b3bb17527308d0b7262e11b27461d"}, // generated 5
    Expected{"5746300a8530c9d17228a1a765834c96", "1675030197f311dc7dc6eb3979526e09"}, // generated 6
    Expected{"11b104cb7459ae5be0d64f00d2514db0", "b94e51c96312bbd6d471fe862b40f3d6"}, // generated 7
    Expected{"c962b21ea5dab6176d087b0c046779fe",
             "1ddb4eebe90a1c25946c7592805e75d4"}, // random punctuation
    Expected{"c74c2fbb056f74f5cac22ef561b3394b",
             "791ef49e0bf6f45fe2b11bd9c7e87b01"}, // random bytes
};

TEST_CASE("segmentation output is unchanged, byte for byte", "[text][segment][golden]") {
  const auto all = corpora();
  REQUIRE(all.size() == kExpected.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    INFO(all[i].name);
    const Digests d = digest(all[i].texts);
    CHECK(d.segmentation == kExpected[i].segmentation);
    CHECK(d.languages == kExpected[i].languages);
  }
}
