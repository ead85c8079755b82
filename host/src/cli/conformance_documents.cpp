#include "cli/conformance_documents.hpp"

#include "text/segment.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace aspectdiff::cli {

namespace {

constexpr std::string_view article_name = "article";

// The host guesses "und" for text too short or too odd to tell; such a document is presented as
// English here, so that a plugin limited to English is run on it too rather than skipped.
model::Document segmented(const std::string &name, std::string text) {
  model::Document doc;
  doc.id = "check-plugin:" + name;
  doc.path = doc.id;
  doc.format = "text";
  doc.text = std::move(text);
  text::segment(doc);
  if (doc.language == "und") doc.language = "en";
  return doc;
}

// A small linear congruential generator: the article is the same on every machine and run.
class Sequence {
public:
  std::size_t next(std::size_t n) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>(state_ >> 33) % n;
  }

private:
  std::uint64_t state_ = 0x5eed;
};

// News-like English prose: named actors, reported speech, hedges and boosters, numbers, quotes
// and dates, in paragraphs of two to six sentences, until `bytes` is reached.
std::string article(std::size_t bytes) {
  static constexpr std::array<std::string_view, 12> actors{
      "The government",        "President Maria Okafor", "The European Union",
      "Officials in Brussels", "The central bank",       "Opposition leaders",
      "Chancellor Olaf Weber", "The United Nations",     "Analysts at Moody's",
      "Residents of Kharkiv",  "The ministry",           "Senator Ana Lopez"};
  static constexpr std::array<std::string_view, 12> verbs{"said",
                                                          "warned",
                                                          "announced",
                                                          "may have underestimated",
                                                          "clearly showed",
                                                          "denied",
                                                          "reportedly sought",
                                                          "insisted",
                                                          "argued",
                                                          "could not confirm",
                                                          "welcomed",
                                                          "condemned"};
  static constexpr std::array<std::string_view, 12> objects{
      "the new sanctions on energy exports",   "a ceasefire along the eastern front",
      "the 2.5% rise in consumer prices",      "talks with Beijing and Washington",
      "an agreement worth $1,200 million",     "the protests that followed the election",
      "plans to cut interest rates by March",  "the humanitarian corridor near the border",
      "a report on disinformation campaigns",  "the trade deal signed on 12 June 2024",
      "the decision to expel three diplomats", "growing concern about food security"};
  static constexpr std::array<std::string_view, 8> tails{
      ".",
      ", according to two people familiar with the matter.",
      " on Tuesday.",
      ", although the details remain unclear.",
      ". \"This is a turning point,\" one adviser said.",
      " — a claim that could not be independently verified.",
      ", it seems, without consulting its partners.",
      "; critics called it \"deeply irresponsible\"."};
  Sequence pick;
  std::string out;
  out.reserve(bytes + 512);
  out += "Talks resume as pressure grows\n\n";
  while (out.size() < bytes) {
    const std::size_t sentences = 2 + pick.next(5);
    for (std::size_t s = 0; s < sentences; ++s) {
      out += actors[pick.next(actors.size())];
      out += ' ';
      out += verbs[pick.next(verbs.size())];
      out += ' ';
      out += objects[pick.next(objects.size())];
      out += tails[pick.next(tails.size())];
      out += ' ';
    }
    out.back() = '\n';
    out += '\n';
  }
  return out;
}

std::string repeated(std::string_view unit, std::size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i)
    out += unit;
  return out;
}

} // namespace

std::vector<ConformanceDocument> conformance_documents(std::size_t article_bytes) {
  std::vector<ConformanceDocument> out;
  auto add = [&](std::string name, std::string what, std::string text) {
    auto doc = segmented(name, std::move(text));
    out.push_back({std::move(name), std::move(what), std::move(doc)});
  };
  add("empty", "no text at all (0 bytes, no sentence)", "");
  add("whitespace", "only spaces, tabs, line breaks and a no-break space",
      " \t\n\n   \r\n\xc2\xa0\n");
  add("one-word", "a single word, no punctuation", "Hello");
  add("punctuation", "numbers and punctuation, no word", "1,200 -- 3.5% ... !!! ??? (42) [7]");
  add(std::string(article_name),
      "a long news article (" + std::to_string(article_bytes / 1000) + " kB)",
      article(article_bytes));
  add("long-sentence", "one sentence of 20,000 words",
      repeated("the committee will consider the matter again and ", 2500) + "then decide.");
  add("long-word", "a 100,000-letter word inside a sentence",
      "The word " + std::string(100000, 'a') + " is long.");
  add("german", "German, with umlauts and sharp s",
      "Die Bundesregierung hat am Dienstag neue Sanktionen angekündigt. Kritiker äußerten "
      "große Zweifel an der Wirksamkeit der Maßnahmen. „Das ist ein Wendepunkt“, sagte "
      "Außenministerin Schmidt.");
  add("russian", "Russian (Cyrillic)",
      "Правительство объявило о новых санкциях во вторник. Критики выразили сомнения в их "
      "эффективности. «Это поворотный момент», — заявил министр.");
  add("chinese", "Chinese, no spaces between words",
      "政府周二宣布了新的制裁措施。批评者对其有效性表示怀疑。“这是一个转折点，”部长说。");
  add("arabic", "Arabic, written right to left",
      "أعلنت الحكومة عن عقوبات جديدة يوم الثلاثاء. وأعرب المنتقدون عن شكوكهم في فعاليتها.");
  add("unusual-utf8",
      "valid but unusual UTF-8: emoji with joiners and skin tones, combining accents, "
      "zero-width and bidirectional marks, a byte-order mark mid-text, 4-byte characters, "
      "a line separator, a noncharacter",
      "Cafe\xcc\x81 de\xcc\x81ja\xcc\x80 vu \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80"
      "\x8d\xf0\x9f\x91\xa7 family \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd ok.\xe2\x80\x8b Zero"
      "\xe2\x80\x8bwidth \xe2\x80\x8fRTL\xe2\x80\x8e mark. \xef\xbb\xbf"
      "BOM inside. "
      "\xf0\x9d\x90\x80\xf0\x9d\x90\x81 math letters \xe2\x80\xa8 line separator. "
      "Noncharacter \xef\xbf\xbe here. Soft\xc2\xadhyphen and \xef\xac\x81 ligature.");
  add("markup", "remnants of markup: tags, entities, Markdown, a table, a URL, code",
      "<p>Officials <b>said</b> &amp; denied &nbsp; it.</p>\n\n## Heading ##\n\n"
      "**Bold claim** and _emphasis_ [link](https://example.com/a?b=c&d=e).\n\n"
      "| col | col |\n|-----|-----|\n| 1 | 2 |\n\n<!-- comment --> <script>var x = 1;</script>"
      "\n\n```\ncode block { }\n```\n\nmail@example.com wrote: > quoted > reply");
  return out;
}

std::size_t article_index(const std::vector<ConformanceDocument> &documents) {
  for (std::size_t i = 0; i < documents.size(); ++i)
    if (documents[i].name == article_name) return i;
  return 0;
}

} // namespace aspectdiff::cli
