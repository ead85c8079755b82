#include "stemmer.hpp"

#include <libstemmer.h>

#include <climits>
#include <stdexcept>

namespace aspectdiff::plugins::themes {

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {
  if (stemmer_ == nullptr)
    throw std::runtime_error("libstemmer has no English stemmer for UTF-8 (or out of memory)");
}

Stemmer::~Stemmer() {
  sb_stemmer_delete(stemmer_);
}

std::string_view Stemmer::stem(std::string_view word) {
  // Words that long are not words; leave them as they are rather than feed int-sized lengths.
  if (word.empty() || word.size() > 256) return word;
  const auto *out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol *>(word.data()),
                                    static_cast<int>(word.size()));
  if (out == nullptr) throw std::bad_alloc();
  return {reinterpret_cast<const char *>(out),
          static_cast<std::size_t>(sb_stemmer_length(stemmer_))};
}

} // namespace aspectdiff::plugins::themes
