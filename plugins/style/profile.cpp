#include "profile.hpp"

#include "word_types.hpp"

#include <algorithm>

namespace aspectdiff::plugins::style {

namespace {

bool is_word(const sdk::Token &t) noexcept {
  return sdk::has(t, ASPECTDIFF_TOKEN_WORD) || sdk::has(t, ASPECTDIFF_TOKEN_NUMERIC);
}

// The sentence's final punctuation, looking past closing quotation marks and brackets.
void read_terminal(const sdk::Document &doc, std::span<const sdk::Token> tokens,
                   SentenceInfo &info) {
  for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
    if (!sdk::has(*it, ASPECTDIFF_TOKEN_PUNCTUATION)) break;
    for (char c : doc.norm(*it)) {
      if (c == '?') info.question = true;
      if (c == '!') info.exclamation = true;
    }
  }
}

void count_quoted_words(Profile &p) {
  p.quotation_words.assign(p.quotations.size(), 0);
  // Both lists are in text order: one merge pass.
  std::size_t w = 0;
  for (std::size_t q = 0; q < p.quotations.size(); ++q) {
    const auto inner = p.quotations[q].inner;
    while (w < p.words.size() && p.words[w].begin < inner.begin)
      ++w;
    std::size_t k = w;
    while (k < p.words.size() && p.words[k].end <= inner.end)
      ++k;
    p.quotation_words[q] = static_cast<std::uint32_t>(k - w);
    p.quoted_words += k - w;
  }
}

} // namespace

Profile build_profile(const sdk::Document &doc, const Settings &settings) {
  Profile p;
  const auto tokens = doc.tokens();
  const auto sentences = doc.sentences();
  p.words.reserve(doc.word_count());
  p.types.reserve(doc.word_count());
  p.sentences.resize(sentences.size());

  // Start small: a vocabulary grows far slower than the text (a novel has some ten thousand
  // types), and an oversized table costs a cache miss on every look-up.
  WordTypes types(std::min<std::size_t>(doc.word_count(), 2048));
  std::vector<std::uint32_t> syllables_of_type; // cached per type: the estimate runs once each
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto sentence_tokens = doc.tokens_of(sentences[s]);
    SentenceInfo &info = p.sentences[s];
    for (const auto &t : sentence_tokens) {
      if (!is_word(t)) continue;
      const auto norm = doc.norm(t);
      if (norm.empty() || norm.front() == '\'') continue; // a clitic such as "'s"
      const bool numeric = sdk::has(t, ASPECTDIFF_TOKEN_NUMERIC);
      // A short all-caps word is an initialism, a different word from its lower-case spelling
      // ("US" and "us"), so it is typed by its surface form.
      const bool initialism = sdk::has(t, ASPECTDIFF_TOKEN_ALL_CAPS) && norm.size() <= 3;
      const auto key = initialism ? doc.surface(t) : norm;
      const auto [type, is_new] = types.intern(key);
      if (is_new) syllables_of_type.push_back(settings.syllables.count(key, initialism, numeric));
      const WordInfo word{t.begin, t.end, static_cast<std::uint32_t>(s), syllables_of_type[type],
                          numeric};
      p.words.push_back(word);
      p.types.push_back(type);
      ++info.words;
      info.syllables += word.syllables;
      p.syllables += word.syllables;
      if (Profile::is_long(word)) ++p.long_words;
    }
    read_terminal(doc, sentence_tokens, info);
    settings.passive.find(doc, sentence_tokens, p.passives);
  }
  p.type_count = types.size();
  p.quotations = find_quotations(doc.text(), doc.paragraphs());
  count_quoted_words(p);
  return p;
}

} // namespace aspectdiff::plugins::style
