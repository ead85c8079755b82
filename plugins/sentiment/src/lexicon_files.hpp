// Reading lexicon data: the plugin's own tables and the files a user names in the configuration.
// Every reader reports a bad line as "<file>:<line>: <what is wrong>" (sdk::ConfigError).
#pragma once

#include "lexicon.hpp"

#include <string_view>

namespace aspectdiff::plugins::sentiment {

enum class LexiconFormat {
  automatic, // decided per line: four columns with a bracketed list of ratings is VADER's
  vader,     // token<TAB>mean<TAB>standard deviation<TAB>[raw ratings]
  plain      // term<TAB>score
};

LexiconFormat parse_lexicon_format(std::string_view name); // throws sdk::ConfigError

// The built-in lexicon: term, valence, part of speech, domain, origin.
void load_builtin_lexicon(Lexicon &lexicon, std::string_view bytes, std::string_view source);
// Rule words: kind, term, value.
void load_rules(Lexicon &lexicon, std::string_view bytes, std::string_view source);
// Fitted word weights: word, weight.
void load_learned_terms(Lexicon &lexicon, std::string_view bytes, std::string_view source);
// Inflected form, lemma.
void load_inflections(Lexicon &lexicon, std::string_view bytes, std::string_view source);
// A user lexicon; its entries add to or override the built-in ones. Returns the entry count.
std::size_t load_user_lexicon(Lexicon &lexicon, std::string_view bytes, std::string_view source,
                              LexiconFormat format);

} // namespace aspectdiff::plugins::sentiment
