// Snowball's English stemmer (libstemmer). A stemmer object keeps state between calls, so each
// thread needs its own; see word_cache.hpp for the per-thread cache that fronts it.
#pragma once

#include <string_view>

struct sb_stemmer;

namespace aspectdiff::plugins::themes {

class Stemmer {
public:
  Stemmer(); // throws std::runtime_error when libstemmer lacks the English UTF-8 stemmer
  ~Stemmer();
  Stemmer(const Stemmer &) = delete;
  Stemmer &operator=(const Stemmer &) = delete;

  // The stem of a normalised (lower-case, NFC) word. The view stays valid until the next call.
  std::string_view stem(std::string_view word);

private:
  sb_stemmer *stemmer_ = nullptr;
};

} // namespace aspectdiff::plugins::themes
