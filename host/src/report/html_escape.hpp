// Text from documents and plugins goes into the HTML report only through these functions, so no
// document can break the page's structure or run as code.
#pragma once

#include <string>
#include <string_view>

namespace aspectdiff::report::html {

// Appends `text` escaped for an HTML text node or a quoted attribute value: & < > " ' become
// character references, control characters other than tab and newline are dropped, and bytes
// that are not valid UTF-8 become U+FFFD. Bidirectional and combining characters pass through:
// callers isolate document text with dir="auto" / <bdi>, so a right-to-left run cannot reorder
// the page around it.
void append_html_escaped(std::string &out, std::string_view text);

std::string html_escape(std::string_view text);

} // namespace aspectdiff::report::html
