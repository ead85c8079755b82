#include "lexicon_files.hpp"

#include <aspectdiff/sdk/config.hpp>

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

namespace aspectdiff::plugins::sentiment {

namespace {

// Calls `row(fields, line_number)` for each line that is neither blank nor a '#' comment.
template <class Row> void for_each_row(std::string_view bytes, Row &&row) {
  std::vector<std::string_view> fields;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  if (bytes.starts_with("\xef\xbb\xbf")) pos = 3; // a byte-order mark is not part of the term
  while (pos < bytes.size()) {
    std::size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;
    fields.clear();
    std::size_t start = 0;
    while (true) {
      const auto tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    row(fields, line_no);
  }
}

[[noreturn]] void fail(std::string_view source, std::size_t line, const std::string &what) {
  throw sdk::ConfigError(std::string(source) + ":" + std::to_string(line) + ": " + what);
}

std::string_view trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

float parse_number(std::string_view text, std::string_view what, std::string_view source,
                   std::size_t line, float low, float high) {
  const auto t = trim(text);
  float v = 0.0f;
  const char *begin = t.data();
  if (!t.empty() && t[0] == '+') ++begin;
  const auto [end, ec] = std::from_chars(begin, t.data() + t.size(), v);
  if (t.empty() || ec != std::errc{} || end != t.data() + t.size() || !std::isfinite(v))
    fail(source, line,
         "expected a number for the " + std::string(what) + ", found '" + std::string(t) + "'");
  if (v < low || v > high)
    fail(source, line,
         std::string(what) + " " + std::string(t) + " is outside " + std::to_string(low) + ".." +
             std::to_string(high));
  return v;
}

std::string_view require_term(std::string_view field, std::string_view source, std::size_t line) {
  const auto t = trim(field);
  if (t.empty()) fail(source, line, "empty term");
  return t;
}

} // namespace

LexiconFormat parse_lexicon_format(std::string_view name) {
  if (name == "auto") return LexiconFormat::automatic;
  if (name == "vader") return LexiconFormat::vader;
  if (name == "plain") return LexiconFormat::plain;
  throw sdk::ConfigError(
      "setting 'lexicon_format' must be \"auto\", \"vader\" or \"plain\", not '" +
      std::string(name) + "'");
}

void load_builtin_lexicon(Lexicon &lexicon, std::string_view bytes, std::string_view source) {
  for_each_row(bytes, [&](const std::vector<std::string_view> &f, std::size_t line) {
    if (f.size() != 5)
      fail(source, line, "expected 5 tab-separated columns, found " + std::to_string(f.size()));
    const auto origin = trim(f[4]);
    if (origin != "seed" && origin != "wordnet")
      fail(source, line, "origin must be 'seed' or 'wordnet', not '" + std::string(origin) + "'");
    lexicon.set_valence(require_term(f[0], source, line),
                        parse_number(f[1], "valence", source, line, -4.0f, 4.0f),
                        origin == "wordnet");
  });
}

void load_rules(Lexicon &lexicon, std::string_view bytes, std::string_view source) {
  for_each_row(bytes, [&](const std::vector<std::string_view> &f, std::size_t line) {
    if (f.size() != 3)
      fail(source, line,
           "expected kind, term and value, found " + std::to_string(f.size()) + " columns");
    const float value = parse_number(f[2], "value", source, line, -1.0f, 1.0f);
    if (!lexicon.set_role(require_term(f[1], source, line), trim(f[0]), value))
      fail(source, line,
           "unknown rule kind '" + std::string(trim(f[0])) +
               "' (negator, booster, contrast, concession, condition, block, failure, "
               "refusal, lack, regret, excess)");
  });
}

void load_learned_terms(Lexicon &lexicon, std::string_view bytes, std::string_view source) {
  for_each_row(bytes, [&](const std::vector<std::string_view> &f, std::size_t line) {
    if (f.size() != 2) fail(source, line, "expected word and weight");
    const auto word = require_term(f[0], source, line);
    if (word.find(' ') != std::string_view::npos) fail(source, line, "a learned term is one word");
    lexicon.set_learned(word, parse_number(f[1], "weight", source, line, -1.0f, 1.0f));
  });
}

void load_inflections(Lexicon &lexicon, std::string_view bytes, std::string_view source) {
  for_each_row(bytes, [&](const std::vector<std::string_view> &f, std::size_t line) {
    if (f.size() != 2) fail(source, line, "expected form and lemma");
    lexicon.add_inflection(require_term(f[0], source, line), require_term(f[1], source, line));
  });
}

std::size_t load_user_lexicon(Lexicon &lexicon, std::string_view bytes, std::string_view source,
                              LexiconFormat format) {
  std::size_t count = 0;
  for_each_row(bytes, [&](const std::vector<std::string_view> &f, std::size_t line) {
    LexiconFormat row_format = format;
    if (row_format == LexiconFormat::automatic) {
      if (f.size() == 2)
        row_format = LexiconFormat::plain;
      else if (f.size() == 4 && trim(f[3]).starts_with('['))
        row_format = LexiconFormat::vader;
      else
        fail(source, line,
             "expected 'term<TAB>score' or VADER's 'token<TAB>mean<TAB>sd<TAB>"
             "[ratings]', found " +
                 std::to_string(f.size()) + " columns");
    }
    if (row_format == LexiconFormat::plain && f.size() != 2)
      fail(source, line,
           "expected 'term<TAB>score', found " + std::to_string(f.size()) + " columns");
    if (row_format == LexiconFormat::vader) {
      if (f.size() != 4)
        fail(source, line,
             "expected VADER's 4 columns 'token<TAB>mean<TAB>sd<TAB>[ratings]', "
             "found " +
                 std::to_string(f.size()));
      parse_number(f[2], "standard deviation", source, line, 0.0f, 8.0f);
      const auto ratings = trim(f[3]);
      if (!ratings.starts_with('[') || !ratings.ends_with(']'))
        fail(source, line, "the ratings column must be a bracketed list such as [1, 2, 2]");
    }
    lexicon.set_valence(require_term(f[0], source, line),
                        parse_number(f[1], "score", source, line, -4.0f, 4.0f));
    ++count;
  });
  return count;
}

} // namespace aspectdiff::plugins::sentiment
