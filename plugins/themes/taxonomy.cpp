#include "taxonomy.hpp"

#include <aspectdiff/sdk/config.hpp>

#include <array>
#include <charconv>
#include <cmath>

namespace aspectdiff::plugins::themes {
namespace {

[[noreturn]] void fail(std::string_view source, std::size_t line, const std::string &what) {
  throw sdk::ConfigError(std::string(source) + ":" + std::to_string(line) + ": " + what);
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

double parse_weight(std::string_view source, std::size_t line, std::string_view field) {
  double value = 0.0;
  const auto *end = field.data() + field.size();
  const auto [ptr, ec] = std::from_chars(field.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value) || value <= 0.0 || value > 1000.0)
    fail(source, line,
         "weight '" + std::string(field) + "' must be a number greater than 0 and at most 1000");
  return value;
}

bool valid_id(std::string_view id) {
  if (id.empty() || id == "-") return false;
  for (const char c : id) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

} // namespace

std::vector<std::string> cue_words(std::string_view text) {
  static constexpr std::array<std::string_view, 7> clitics{"'s",  "n't", "'re", "'ve",
                                                           "'ll", "'m",  "'d"};
  std::string plain;
  plain.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // U+2019 and U+2018 (E2 80 99 / E2 80 98) become a plain apostrophe, as in normalised text.
    if (text.compare(i, 3, "\xE2\x80\x99") == 0 || text.compare(i, 3, "\xE2\x80\x98") == 0) {
      plain += '\'';
      i += 2;
      continue;
    }
    const char c = text[i];
    plain += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    for (const auto clitic : clitics) {
      if (word.size() > clitic.size() && word.ends_with(clitic)) {
        words.push_back(word.substr(0, word.size() - clitic.size()));
        words.emplace_back(clitic);
        word.clear();
        return;
      }
    }
    words.push_back(std::move(word));
    word.clear();
  };
  for (const char c : plain) {
    const auto u = static_cast<unsigned char>(c);
    if (c == ' ' || c == '\t') {
      flush();
    } else if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '.' || c == '\'') {
      word += c;
    } else {
      flush();
      words.emplace_back(1, c);
    }
  }
  flush();
  return words;
}

std::optional<std::uint32_t> Taxonomy::find(std::string_view id) const {
  const auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

void Taxonomy::add_theme(std::string_view source, std::size_t line,
                         const std::vector<std::string_view> &fields) {
  if (fields.size() < 4)
    fail(source, line, "a theme line needs: theme <TAB> id <TAB> parent or - <TAB> label");
  const auto id = fields[1];
  if (!valid_id(id))
    fail(source, line, "theme id '" + std::string(id) + "' may only use a-z 0-9 _ . -");
  if (index_.contains(std::string(id)))
    fail(source, line, "theme '" + std::string(id) + "' is defined twice");
  Theme theme;
  theme.id = std::string(id);
  if (fields[2] != "-") {
    const auto parent = find(fields[2]);
    if (!parent)
      fail(source, line,
           "parent '" + std::string(fields[2]) +
               "' is not a theme defined above (define top-level themes first)");
    if (!is_top_level(*parent))
      fail(source, line,
           "parent '" + std::string(fields[2]) +
               "' is itself below another theme; the taxonomy has two levels");
    theme.parent = *parent;
  }
  if (fields[3].empty()) fail(source, line, "theme '" + theme.id + "' has an empty label");
  theme.label = std::string(fields[3]);
  for (std::size_t i = 4; i < fields.size(); ++i) {
    if (fields[i].empty()) continue;
    const auto eq = fields[i].find('=');
    if (eq == std::string_view::npos || eq == 0)
      fail(source, line, "attribute '" + std::string(fields[i]) + "' must be key=value");
    theme.attributes.emplace_back(std::string(fields[i].substr(0, eq)),
                                  std::string(fields[i].substr(eq + 1)));
  }
  index_.emplace(theme.id, static_cast<std::uint32_t>(themes_.size()));
  themes_.push_back(std::move(theme));
}

std::size_t Taxonomy::add_file(std::string_view source, std::string_view text,
                               UnknownTheme unknown) {
  std::size_t skipped = 0;
  std::size_t line_no = 0;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    auto line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos || line.front() == '#') continue;
    const auto fields = split_tabs(line);
    const auto kind = fields[0];
    if (kind == "theme") {
      add_theme(source, line_no, fields);
      continue;
    }
    if (kind != "cue" && kind != "stem")
      fail(source, line_no,
           "unknown record '" + std::string(kind) + "' (expected theme, cue or stem)");
    if (fields.size() != 4 || fields[3].empty())
      fail(source, line_no,
           std::string(kind) + " line needs: " + std::string(kind) +
               " <TAB> theme id <TAB> weight <TAB> " + (kind == "cue" ? "word or phrase" : "stem"));
    const auto theme = find(fields[1]);
    if (!theme) {
      if (unknown == UnknownTheme::skip) {
        ++skipped;
        continue;
      }
      fail(source, line_no, "unknown theme '" + std::string(fields[1]) + "'");
    }
    const double weight = parse_weight(source, line_no, fields[2]);
    if (kind == "cue") {
      auto words = cue_words(fields[3]);
      if (words.empty()) fail(source, line_no, "the cue has no words");
      cues_.push_back({*theme, weight, std::move(words), std::string(fields[3])});
    } else {
      if (fields[3].find(' ') != std::string_view::npos)
        fail(source, line_no, "a stem is one word");
      stems_.push_back({*theme, weight, std::string(fields[3])});
    }
  }
  return skipped;
}

} // namespace aspectdiff::plugins::themes
