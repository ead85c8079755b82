// How a clickable number or difference in the HTML report names its evidence: the indices of the
// sentences behind it in document A and in document B, which the page's script highlights.
#pragma once

#include "model/document.hpp"
#include "model/result.hpp"

#include <span>
#include <string>

namespace aspectdiff::report::html {

// Attributes for a clickable element: ` class="ev" tabindex="0" role="button" data-a="3 7"
// data-b="1"`. A side with no spans gets no attribute; when neither side has any, the number was
// computed over the whole of both texts and the element says so with data-whole.
std::string evidence_attributes(const model::Document *a, std::span<const model::Span> spans_a,
                                const model::Document *b, std::span<const model::Span> spans_b);

} // namespace aspectdiff::report::html
