// HTML character references: &amp; &lt; &#8217; &#x2019; &nbsp; and the other common names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace aspectdiff::text {

// `s` starts at '&'. When it starts a character reference (named ones need their ';'), appends
// the character(s) to `out` as UTF-8 and returns the reference's length; otherwise returns 0
// and appends nothing. Numeric references follow HTML: 0, surrogates and values past U+10FFFF
// become U+FFFD, and 128–159 are read as Windows-1252 (&#150; is an en dash).
std::size_t decode_entity(std::string_view s, std::string &out);

// `s` with every character reference decoded and each run of whitespace made one space,
// trimmed (for <title> and attribute-like snippets).
std::string decode_and_collapse(std::string_view s);

} // namespace aspectdiff::text
