#include "text/function_words.hpp"

namespace aspectdiff::text {

bool is_capitalised_function_word(std::string_view word) noexcept {
  if (word.empty() || word.size() > 8 || word[0] < 'A' || word[0] > 'Z') return false;
  char lower[8];
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return is_function_word({lower, word.size()});
}

} // namespace aspectdiff::text
