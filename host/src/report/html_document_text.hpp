// A document's full text for the HTML report: every sentence an addressable element (so
// evidence can be highlighted), with actor mentions, hedging cues and sentiment words marked.
#pragma once

#include "model/document.hpp"
#include "model/result.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::report::html {

struct TextMark {
  model::Span span;
  std::string_view css_class; // one of the mark classes the page's style sheet knows
  std::string title;          // shown on hover: "hedge: arguably"
};

// The word-sized evidence spans of the aspects the reader should see inline: actor mentions,
// hedges, boosters, attribution, weasel words, conditionals, positive and negative words.
// Overlapping marks are resolved in favour of the one that starts first.
std::vector<TextMark> collect_marks(const model::DocumentResult &result);

// Appends the text as <span class="s" id="{id_prefix}{n}"> per sentence n, marks inside, and the
// text between sentences (paragraph breaks included) as it is. All text is escaped.
void append_document_text(std::string &out, const model::Document &doc,
                          const std::vector<TextMark> &marks, std::string_view id_prefix);

} // namespace aspectdiff::report::html
