#include "report/html_document_text.hpp"

#include "report/html_escape.hpp"

#include <algorithm>
#include <array>

namespace aspectdiff::report::html {

namespace {

// Longer spans are sentences or paragraphs, which the sentence highlighting already shows.
constexpr std::uint32_t max_mark_bytes = 80;

struct MarkRule {
  std::string_view aspect;
  std::string_view category; // empty: every category of the aspect
  std::string_view css_class;
  std::string_view what;
};

// Earlier rules win when two marks start at the same byte.
constexpr std::array mark_rules{
    MarkRule{"hedging", "hedge", "m-hedge", "hedge"},
    MarkRule{"hedging", "booster", "m-booster", "booster"},
    MarkRule{"hedging", "attribution", "m-attr", "attribution"},
    MarkRule{"hedging", "weasel", "m-weasel", "weasel words"},
    MarkRule{"hedging", "conditional", "m-cond", "conditional"},
    MarkRule{"actors", "", "m-actor", "actor"},
    MarkRule{"sentiment", "positive-term", "m-pos", "positive"},
    MarkRule{"sentiment", "negative-term", "m-neg", "negative"},
};

struct Ranked {
  TextMark mark;
  std::size_t rule = 0;
};

} // namespace

std::vector<TextMark> collect_marks(const model::DocumentResult &result) {
  std::vector<Ranked> ranked;
  for (const auto &aspect : result.aspects) {
    if (aspect.status != model::ResultStatus::ok) continue;
    for (const auto &item : aspect.items)
      for (std::size_t r = 0; r < mark_rules.size(); ++r) {
        const auto &rule = mark_rules[r];
        if (rule.aspect != aspect.aspect ||
            (!rule.category.empty() && rule.category != item.category))
          continue;
        const std::string title = std::string(rule.what) + ": " +
                                  (item.label.empty() ? item.key : item.label) +
                                  (rule.category.empty() ? " (" + item.category + ")" : "");
        for (const auto &span : item.evidence)
          if (span.end > span.begin && span.end - span.begin <= max_mark_bytes)
            ranked.push_back({{span, rule.css_class, title}, r});
        break;
      }
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked &x, const Ranked &y) {
    if (x.mark.span.begin != y.mark.span.begin) return x.mark.span.begin < y.mark.span.begin;
    return x.rule < y.rule;
  });
  std::vector<TextMark> marks;
  std::uint32_t covered_to = 0;
  for (auto &r : ranked) {
    if (!marks.empty() && r.mark.span.begin < covered_to) continue;
    covered_to = r.mark.span.end;
    marks.push_back(std::move(r.mark));
  }
  return marks;
}

void append_document_text(std::string &out, const model::Document &doc,
                          const std::vector<TextMark> &marks, std::string_view id_prefix) {
  const std::string_view text = doc.text;
  const auto size = static_cast<std::uint32_t>(text.size());
  auto mark = marks.begin();
  std::uint32_t at = 0;
  // Marks are clipped to their sentence so that the elements nest.
  const auto append_marked = [&](std::uint32_t begin, std::uint32_t end) {
    while (mark != marks.end() && mark->span.end <= begin)
      ++mark;
    std::uint32_t pos = begin;
    for (; mark != marks.end() && mark->span.begin < end; ++mark) {
      const std::uint32_t mark_begin = std::max(mark->span.begin, pos);
      const std::uint32_t mark_end = std::min(mark->span.end, end);
      if (mark_begin >= mark_end) continue;
      append_html_escaped(out, text.substr(pos, mark_begin - pos));
      out += "<mark class=\"";
      out += mark->css_class;
      out += "\" title=\"";
      append_html_escaped(out, mark->title);
      out += "\">";
      append_html_escaped(out, text.substr(mark_begin, mark_end - mark_begin));
      out += "</mark>";
      pos = mark_end;
      if (mark->span.end > end) break; // the rest of this mark lies in the next sentence
    }
    append_html_escaped(out, text.substr(pos, end - pos));
  };

  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const std::uint32_t begin = std::min(doc.sentences[i].begin, size);
    const std::uint32_t end = std::clamp(doc.sentences[i].end, begin, size);
    if (begin < at) continue; // sentences never overlap; a malformed one is skipped
    append_html_escaped(out, text.substr(at, begin - at));
    out += "<span class=\"s\" id=\"";
    out += id_prefix;
    out += std::to_string(i);
    out += "\">";
    append_marked(begin, end);
    out += "</span>";
    at = end;
  }
  append_html_escaped(out, text.substr(at));
}

} // namespace aspectdiff::report::html
