// Segmentation: one pass over a document's text that yields its tokens (with normalised forms
// and flags), sentences and paragraphs, then its language.
//
// Tokens
//   - Words run over letters, digits and combining marks. A hyphen between two letters or
//     digits keeps the word whole ("win-win", "Xi-Putin", "2019-2020"); en and em dashes do
//     not (they set off clauses or join separate names: "Russia–China" is three tokens).
//   - Clitics are split off as their own token, Penn Treebank style: "Russia’s" gives "Russia"
//     + "’s" (normalised "'s"), "don't" gives "do" + "n't", and likewise 'm 'd 're 've 'll.
//     Any other apostrophe between letters stays inside the word ("O'Brien").
//   - Numbers keep their separators and a trailing percent sign: "1,200", "2.5", "3%", "10:30"
//     are one NUMERIC token each.
//   - URLs (http://, https://, www.) and e-mail addresses are one token, without trailing
//     punctuation. A period between letters stays inside a word when it looks like a domain
//     or an abbreviation ("example.com", "U.S").
//   - Abbreviations from abbreviations.hpp, letter-period sequences ("U.S.", "e.g.") and single
//     capital initials ("J.") keep their final period in the token.
//   - Punctuation is one token per character, except runs of . ! ? ("...", "?!") and of
//     hyphens ("--"). Chinese and Japanese characters are one token each.
//   - Whitespace (including no-break and other Unicode spaces) and control characters only
//     separate tokens.
//
// Normalised forms, written to Document::normalised (tokens separated by a space, sentences
// by a line break, paragraphs by a blank line): lowercase, NFC, typographic apostrophes
// (’ ‘ ʼ) → ', quotes (“ ” „ ‟ « ») → ", dashes and hyphens (‐ ‑ ‒ – — ― −) → -, the ellipsis
// … → "...", soft hyphens and zero-width joiners dropped. Token begin/end stay byte offsets
// into Document::text.
//
// Sentences end after . ! ? … (and their CJK forms) together with the closing quotes and
// brackets written right after them, unless the next token starts with a lower-case letter or
// is , ; or :. Abbreviations follow their kind in abbreviations.hpp: titles ("Mr.", "Dr.") and
// "e.g."-like ones never end a sentence; "U.S.", "Inc.", months and initials end one only when
// the next word is a capitalised function word ("The", "He", ...); "etc." ends one unless
// lower case follows. Decimals never do.
//
// Paragraphs end at a blank line (spaces, tabs and \r allowed on it). A text with no blank line
// at all is read as one paragraph per line, as editors that wrap long lines write it. A
// paragraph break is also a sentence break, so a heading line is its own sentence.
//
// Flags: WORD (has a letter), NUMERIC (digits and separators only), CAPITALISED (first letter
// upper or title case), ALL_CAPS (two or more letters, none lower case), SENTENCE_INITIAL (the
// first word or number of a sentence, after any opening quotes or brackets), PUNCTUATION,
// SYMBOL (currency, maths, emoji, bytes that are not UTF-8).
#pragma once

#include "model/document.hpp"

namespace aspectdiff::text {

// Fills doc.normalised, tokens, sentences, paragraphs, word_count and language from doc.text,
// replacing whatever they held. Never fails on any byte sequence (bytes that are not UTF-8
// become SYMBOL tokens); throws std::length_error when the text is 4 GiB or longer, which
// 32-bit offsets cannot address.
void segment(model::Document &doc);

} // namespace aspectdiff::text
