// Abbreviations whose final period does not (necessarily) end a sentence. Data, not code: add a
// line to extend the list. Matching is on the token as written, period included.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace aspectdiff::text {

enum class AbbreviationKind {
  never_ends,                // precedes what it qualifies: "Mr. Smith", "e.g. this", "vs. them"
  before_number,             // an abbreviation only before a number ("No. 10"), otherwise a word
  ends_before_function_word, // may close a sentence: "in the U.S. The ..." but "U.S. troops"
  ends_unless_lower,         // "etc.": ends a sentence unless lower case follows
};

struct Abbreviation {
  std::string_view text;
  AbbreviationKind kind;
};

inline constexpr std::array kAbbreviations{
    // Titles and ranks: always followed by a name.
    Abbreviation{"Mr.", AbbreviationKind::never_ends},
    Abbreviation{"Mrs.", AbbreviationKind::never_ends},
    Abbreviation{"Ms.", AbbreviationKind::never_ends},
    Abbreviation{"Dr.", AbbreviationKind::never_ends},
    Abbreviation{"Prof.", AbbreviationKind::never_ends},
    Abbreviation{"Gen.", AbbreviationKind::never_ends},
    Abbreviation{"Sen.", AbbreviationKind::never_ends},
    Abbreviation{"Rep.", AbbreviationKind::never_ends},
    Abbreviation{"Gov.", AbbreviationKind::never_ends},
    Abbreviation{"Pres.", AbbreviationKind::never_ends},
    Abbreviation{"Adm.", AbbreviationKind::never_ends},
    Abbreviation{"Capt.", AbbreviationKind::never_ends},
    Abbreviation{"Col.", AbbreviationKind::never_ends},
    Abbreviation{"Lt.", AbbreviationKind::never_ends},
    Abbreviation{"Maj.", AbbreviationKind::never_ends},
    Abbreviation{"Sgt.", AbbreviationKind::never_ends},
    Abbreviation{"Rev.", AbbreviationKind::never_ends},
    Abbreviation{"Hon.", AbbreviationKind::never_ends},
    Abbreviation{"Amb.", AbbreviationKind::never_ends},
    Abbreviation{"St.", AbbreviationKind::never_ends},
    Abbreviation{"Mt.", AbbreviationKind::never_ends},
    Abbreviation{"Ft.", AbbreviationKind::never_ends},
    // Latin and connecting abbreviations: the sentence goes on.
    Abbreviation{"e.g.", AbbreviationKind::never_ends},
    Abbreviation{"i.e.", AbbreviationKind::never_ends},
    Abbreviation{"E.g.", AbbreviationKind::never_ends},
    Abbreviation{"I.e.", AbbreviationKind::never_ends},
    Abbreviation{"cf.", AbbreviationKind::never_ends},
    Abbreviation{"vs.", AbbreviationKind::never_ends},
    Abbreviation{"Vs.", AbbreviationKind::never_ends},
    Abbreviation{"viz.", AbbreviationKind::never_ends},
    Abbreviation{"approx.", AbbreviationKind::never_ends},
    Abbreviation{"ca.", AbbreviationKind::never_ends},
    Abbreviation{"Fig.", AbbreviationKind::never_ends},
    Abbreviation{"fig.", AbbreviationKind::never_ends},
    Abbreviation{"pp.", AbbreviationKind::never_ends},
    Abbreviation{"Vol.", AbbreviationKind::never_ends},
    Abbreviation{"vol.", AbbreviationKind::never_ends},
    // Numbered things: "No. 10 Downing Street", but "No." alone is the word "No".
    Abbreviation{"No.", AbbreviationKind::before_number},
    Abbreviation{"no.", AbbreviationKind::before_number},
    Abbreviation{"Nos.", AbbreviationKind::before_number},
    Abbreviation{"Art.", AbbreviationKind::before_number},
    // Suffixes, places and months: they may close a sentence.
    Abbreviation{"Jr.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Sr.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Inc.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Corp.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Ltd.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Co.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Bros.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Dept.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Univ.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Jan.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Feb.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Mar.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Apr.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Jun.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Jul.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Aug.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Sep.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Sept.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Oct.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Nov.", AbbreviationKind::ends_before_function_word},
    Abbreviation{"Dec.", AbbreviationKind::ends_before_function_word},
    // "and so on": a sentence may end with it.
    Abbreviation{"etc.", AbbreviationKind::ends_unless_lower},
};

namespace detail {
// For each first byte, a bit for each length (up to 15) that some entry starting with it has.
inline constexpr std::array<std::uint16_t, 256> kFirstByteLengths = [] {
  std::array<std::uint16_t, 256> t{};
  for (const auto &a : kAbbreviations)
    if (!a.text.empty() && a.text.size() < 16)
      t[static_cast<unsigned char>(a.text[0])] |= static_cast<std::uint16_t>(1u << a.text.size());
  return t;
}();

std::optional<AbbreviationKind> look_up_abbreviation(std::string_view token);
} // namespace detail

// The kind of `token` (period included) when it is in kAbbreviations. Inline, and most tokens
// are turned away by their first byte and length before any look-up: the segmenter asks for
// every word that a period follows.
inline std::optional<AbbreviationKind> find_abbreviation(std::string_view token) {
  if (token.empty() || token.size() >= 16 ||
      !(detail::kFirstByteLengths[static_cast<unsigned char>(token[0])] & (1u << token.size())))
    return std::nullopt;
  return detail::look_up_abbreviation(token);
}

} // namespace aspectdiff::text
