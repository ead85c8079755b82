// The normalised form of one token that holds characters beyond ASCII (an ASCII token only
// needs lower-casing, which the segmenter does inline).
#pragma once

#include <string>
#include <string_view>

namespace aspectdiff::text {

// Appends to `out` the normalised form of `surface`: lower case (simple case mapping), NFC,
// typographic apostrophes (’ ‘ ʼ) → ', quotes (“ ” „ ‟ « ») → ", dashes and hyphens
// (‐ ‑ ‒ – — ― −) → -, … → "...", soft hyphens and zero-width joiners dropped. Bytes that are not
// UTF-8 are copied unchanged.
void append_normalised(std::string_view surface, std::string &out);

} // namespace aspectdiff::text
