// A generated English-like corpus for benchmarks: sentences drawn from a vocabulary with the
// features real commentary has (capitals, abbreviations, numbers, possessives with a curly
// apostrophe, en dashes, curly quotes, hyphenated words), paragraphs separated by blank lines.
// Deterministic: the same size gives the same text.
#pragma once

#include <array>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace aspectdiff::bench {

class CorpusRng {
public:
  explicit CorpusRng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
  std::uint64_t state_;
};

inline constexpr std::array<std::string_view, 64> kCorpusFunctionWords{
    "the",   "of",      "and",     "to",    "a",       "in",      "is",      "that",
    "for",   "on",      "with",    "as",    "by",      "their",   "it",      "was",
    "from",  "at",      "has",     "have",  "not",     "but",     "which",   "this",
    "an",    "be",      "or",      "are",   "its",     "more",    "than",    "between",
    "would", "could",   "both",    "while", "however", "into",    "over",    "after",
    "they",  "there",   "been",    "also",  "such",    "these",   "other",   "most",
    "may",   "can",     "only",    "even",  "about",   "against", "through", "during",
    "under", "without", "because", "since", "where",   "when",    "what",    "who"};

inline constexpr std::array<std::string_view, 72> kCorpusContentWords{
    "relationship", "leaders",   "economic",    "strategic",      "partnership", "sanctions",
    "pipeline",     "energy",    "trade",       "security",       "influence",   "alliance",
    "cooperation",  "border",    "military",    "exercises",      "summit",      "agreement",
    "growth",       "markets",   "currency",    "investment",     "diplomatic",  "interests",
    "regional",     "global",    "order",       "western",        "democracy",   "governance",
    "analysts",     "officials", "statement",   "policy",         "pressure",    "support",
    "tensions",     "ties",      "deal",        "exports",        "imports",     "oil",
    "gas",          "grain",     "technology",  "infrastructure", "railway",     "ports",
    "shared",       "mutual",    "long-term",   "win-win",        "closer",      "stronger",
    "uncertain",    "limited",   "significant", "unprecedented",  "careful",     "steady",
    "signed",       "announced", "expanded",    "criticised",     "welcomed",    "pledged",
    "appears",      "remains",   "suggests",    "reported",       "seems",       "continues"};

inline constexpr std::array<std::string_view, 16> kCorpusNames{
    "Putin",      "Xi",      "Moscow",  "Beijing", "Russia", "China",    "Washington", "Europe",
    "Kazakhstan", "Siberia", "Gazprom", "Kremlin", "NATO",   "Mongolia", "Arctic",     "Ukraine"};

// Bits of text with the characters and shapes that make segmentation hard.
inline constexpr std::array<std::string_view, 24> kCorpusSpecials{
    "Russia’s",  "China’s", "the U.S.",   "Mr. Lavrov",   "Dr. Chen",       "e.g.",
    "1,200",     "2.5",     "3%",         "Russia–China", "“partnership”",  "Xi-Putin",
    "Jan. 2024", "No. 10",  "don’t",      "it’s",         "George W. Bush", "St. Petersburg",
    "etc.",      "—",       "40 billion", "US$",          "2019",           "(SCO)"};

// At least `min_bytes` of text.
inline std::string make_corpus(std::size_t min_bytes, std::uint64_t seed = 42) {
  CorpusRng rng(seed);
  std::string out;
  out.reserve(min_bytes + 4096);
  while (out.size() < min_bytes) {
    const std::size_t sentences = 3 + rng.below(5);
    for (std::size_t s = 0; s < sentences; ++s) {
      const std::size_t words = 8 + rng.below(22);
      for (std::size_t w = 0; w < words; ++w) {
        const std::size_t roll = rng.below(100);
        std::string_view word;
        if (roll < 48)
          word = kCorpusFunctionWords[rng.below(kCorpusFunctionWords.size())];
        else if (roll < 84)
          word = kCorpusContentWords[rng.below(kCorpusContentWords.size())];
        else if (roll < 95)
          word = kCorpusNames[rng.below(kCorpusNames.size())];
        else
          word = kCorpusSpecials[rng.below(kCorpusSpecials.size())];
        if (w == 0) {
          out.push_back(word[0] >= 'a' && word[0] <= 'z' ? static_cast<char>(word[0] - 32)
                                                         : word[0]);
          out.append(word.substr(1));
        } else {
          out.append(word);
        }
        if (w + 1 < words) out.append(rng.below(12) == 0 ? ", " : " ");
      }
      const std::size_t end = rng.below(20);
      out.append(end == 0 ? "?" : end == 1 ? "!" : ".");
      out.push_back(s + 1 < sentences ? ' ' : '\n');
    }
    out.push_back('\n');
  }
  return out;
}

// The reference essay repeated, paragraph-separated, to at least `min_bytes`: real commentary
// with its real density of cues, beside the generated corpus. Needs ASPECTDIFF_TEST_SOURCE_DIR.
inline std::string essay_corpus(std::size_t min_bytes) {
  std::ifstream in(std::string(ASPECTDIFF_TEST_SOURCE_DIR) + "/samples/essay.txt",
                   std::ios::binary);
  std::ostringstream essay;
  essay << in.rdbuf();
  if (essay.str().empty()) throw std::runtime_error("samples/essay.txt is missing");
  std::string text;
  while (text.size() < min_bytes)
    text += essay.str() + "\n\n";
  return text;
}

} // namespace aspectdiff::bench
