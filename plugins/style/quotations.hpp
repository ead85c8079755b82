// Quoted passages: text between double quotation marks, straight (") or typographic (“ ”, « »),
// and between typographic single marks (‘ ’). Straight marks pair by position: one that follows
// a space or an opening bracket opens, one that precedes a space or punctuation closes; a stray
// mark (the inch sign in 5'10") opens nothing. A quotation left open at the end of a paragraph
// ends there, as in the convention for quotations that run over several paragraphs.
#pragma once

#include <aspectdiff/sdk/document.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::style {

struct Quotation {
  sdk::Span outer; // with its quotation marks
  sdk::Span inner; // the quoted text only
};

// Quotations in text order. `paragraphs` are the document's paragraphs (byte ranges into
// `text`); a quotation never spans two of them.
std::vector<Quotation> find_quotations(std::string_view text,
                                       std::span<const sdk::Segment> paragraphs);

} // namespace aspectdiff::plugins::style
