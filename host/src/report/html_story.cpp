#include "report/html_story.hpp"

#include "report/headline.hpp"
#include "report/html_escape.hpp"
#include "report/html_evidence.hpp"
#include "report/number_format.hpp"
#include "report/story.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace aspectdiff::report::html {

namespace {

constexpr std::size_t max_ranked_shown = 8;

bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}

// Where a figure starting at `i` ends: digits with their sign, decimal point, thousands commas
// and a trailing percent sign; a comma or point that ends the figure is punctuation.
std::size_t figure_end(std::string_view text, std::size_t i) {
  std::size_t j = i;
  if (text[j] == '+' || text[j] == '-') ++j;
  while (j < text.size() && (is_digit(text[j]) || ((text[j] == '.' || text[j] == ',') &&
                                                   j + 1 < text.size() && is_digit(text[j + 1]))))
    ++j;
  if (j < text.size() && text[j] == '%') ++j;
  return j;
}

bool starts_figure(std::string_view text, std::size_t i) {
  const bool after_word = i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) != 0);
  if (after_word) return false; // "G7", "x2": part of a word
  if (is_digit(text[i])) return true;
  return (text[i] == '+' || text[i] == '-') && i + 1 < text.size() && is_digit(text[i + 1]);
}

// `text` escaped, with each figure wrapped in `open` ... "</a>".
void append_linked_figures(std::string &out, std::string_view text, const std::string &open) {
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (!starts_figure(text, i)) {
      ++i;
      continue;
    }
    const std::size_t end = figure_end(text, i);
    append_html_escaped(out, text.substr(plain, i - plain));
    out += open;
    append_html_escaped(out, text.substr(i, end - i));
    out += "</a>";
    plain = i = end;
  }
  append_html_escaped(out, text.substr(plain));
}

} // namespace

std::string ranked_id(std::string_view pair_id, std::size_t rank) {
  return std::string(pair_id) + "-r" + std::to_string(rank);
}

void append_story_and_ranking(std::string &out, const model::Comparison &c,
                              const model::Document *a, const model::Document *b,
                              const std::string &name_a, const std::string &name_b,
                              const std::string &pair_id) {
  const auto ranked = headline_differences(c, c.ranked.size());
  std::map<std::size_t, const HeadlineDifference *> by_rank;
  for (const auto &d : ranked)
    by_rank.emplace(d.rank, &d);

  // The list shows at least every difference the story links to.
  std::size_t shown = std::min(ranked.size(), max_ranked_shown);
  const auto story = pair_story(c, name_a, name_b);
  out += "<p class=\"story\">";
  for (const auto &part : story) {
    const auto it = part.rank == 0 ? by_rank.end() : by_rank.find(part.rank);
    if (it == by_rank.end()) {
      append_html_escaped(out, part.text);
      continue;
    }
    const auto &d = *it->second;
    shown = std::max(shown, static_cast<std::size_t>(it->second - ranked.data()) + 1);
    const std::string open = "<a href=\"#" + ranked_id(pair_id, d.rank) + "\"" +
                             evidence_attributes(a, *d.evidence_a, b, *d.evidence_b) + ">";
    append_linked_figures(out, part.text, open);
  }
  out += "</p>";

  if (ranked.empty()) return;
  out += "<h4>Ranked differences <span class=\"muted\">strength = effect size \u00d7 coverage "
         "weight</span></h4><ol class=\"headline\">";
  for (std::size_t i = 0; i < shown; ++i) {
    const auto &d = ranked[i];
    out += "<li id=\"" + ranked_id(pair_id, d.rank) + "\" value=\"" + std::to_string(d.rank) +
           "\"" + evidence_attributes(a, *d.evidence_a, b, *d.evidence_b) + "><b>";
    append_html_escaped(out, d.aspect);
    out += ":</b> ";
    append_html_escaped(out, d.text);
    out += " <span class=\"muted\">strength " + format_strength(d.strength) + "</span></li>";
  }
  out += "</ol>";
  if (ranked.size() > shown)
    out += "<p class=\"muted\">and " + std::to_string(ranked.size() - shown) +
           " more ranked differences in the JSON output</p>";
}

} // namespace aspectdiff::report::html
