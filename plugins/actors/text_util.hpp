// Small text helpers shared by the gazetteer loader and the recogniser.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::actors {

// Lower case for ASCII and the Latin-1 and Latin Extended-A letters that names use; typographic
// apostrophes become plain ones, as the host's normalised token forms do.
std::string fold_case(std::string_view s);
// The same into `out` (replacing its contents), so a caller can reuse one buffer.
void fold_case(std::string_view s, std::string &out);

// The form used for look-ups: a token's normalised text without a trailing full stop, so that
// "U.S." and "U.S" (a sentence-final abbreviation split by the segmenter) meet.
inline std::string_view lookup_form(std::string_view norm) noexcept {
  if (norm.size() > 1 && norm.back() == '.') norm.remove_suffix(1);
  return norm;
}

// Splits a name as the host's segmenter would: words, a possessive "'s" of its own, and
// punctuation other than inner full stops, hyphens, apostrophes and ampersands as tokens.
std::vector<std::string> split_name(std::string_view name);

// "Xi Jinping" -> "xi-jinping": lower case, runs of other characters become one hyphen.
std::string slug(std::string_view s);

// Splits on a single-character separator; empty fields are kept.
std::vector<std::string_view> split(std::string_view s, char sep);

inline std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

} // namespace aspectdiff::plugins::actors
