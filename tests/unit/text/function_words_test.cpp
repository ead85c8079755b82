#include "text/function_words.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace aspectdiff::text;

TEST_CASE("function words are found, and only they", "[text][function_words]") {
  const std::set<std::string, std::less<>> listed(kFunctionWords.begin(), kFunctionWords.end());
  for (const auto word : kFunctionWords) {
    INFO(word);
    CHECK(is_function_word(word));
    // Every prefix, suffix and one-letter change of a listed word, of every length from one to
    // nine bytes: the packed key is built from loads that overlap differently at each length.
    const std::string w(word);
    for (std::size_t n = 1; n < w.size(); ++n) {
      CHECK(is_function_word(w.substr(0, n)) == listed.contains(w.substr(0, n)));
      CHECK(is_function_word(w.substr(n)) == listed.contains(w.substr(n)));
    }
    for (std::size_t i = 0; i < w.size(); ++i) {
      std::string changed = w;
      changed[i] = 'q';
      CHECK(is_function_word(changed) == listed.contains(changed));
    }
    CHECK_FALSE(is_function_word(w + "x"));
    // A trailing zero byte packs like none: the length must still tell them apart.
    CHECK_FALSE(is_function_word(w + std::string(1, '\0')));
  }
  // Normalised forms are lower case, so "The" is not one; nor is anything longer than eight.
  for (const char *word : {"", "The", "however!", "withouts", "nevertheless"})
    CHECK_FALSE(is_function_word(word));
  for (const char *word : {"However", "The", "Without", "THE"})
    CHECK(is_capitalised_function_word(word));
  for (const char *word : {"the", "Troops", "Thee"})
    CHECK_FALSE(is_capitalised_function_word(word));
}
