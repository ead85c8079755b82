// Plain English prose is named English without asking CLD2 (LanguageEvidence::plainly_english);
// everything else still goes to CLD2, and the two must never disagree.
#include "text/language.hpp"
#include "text/segment.hpp"

#include <catch2/catch.hpp>

using namespace aspectdiff;

namespace {

std::string language_of(std::string text) {
  model::Document doc;
  doc.text = std::move(text);
  text::segment(doc);
  return doc.language;
}

const std::string english =
    "The two leaders met in Moscow for the third time this year, and each of them was careful to "
    "say that the friendship between their countries has no limits. But the trade figures that "
    "were published on the same day told a more modest story: the pipeline that was meant to "
    "carry gas to the east is still on paper, and the banks of one side are wary of the "
    "sanctions that weigh on the other. ";

const std::string german =
    "Die Bundesregierung hat am Mittwoch einen neuen Haushaltsentwurf vorgelegt. Der "
    "Finanzminister sagte, die Ausgaben für Verteidigung und Bildung würden steigen, während die "
    "Subventionen für fossile Brennstoffe schrittweise gekürzt werden sollen. Die Opposition "
    "kritisierte den Plan scharf und verlangte eine Abstimmung im Parlament noch vor der "
    "Sommerpause. Mehrere Länder kündigten an, gegen die Kürzungen zu klagen. ";

} // namespace

TEST_CASE("plain English prose is English, with a few words beyond ASCII", "[text][language]") {
  CHECK(language_of(english) == "en");
  CHECK(language_of(english + english) == "en");
  CHECK(language_of("The Russia–China summit in the café of the hotel was " + english) == "en");
}

TEST_CASE("English with another language beside it is left to CLD2", "[text][language]") {
  // Under two English function words in five, with an accented word in every few: CLD2 decides.
  CHECK(language_of(english + german + german + german) == "de");
  CHECK(language_of(german + german + german + english) == "de");
  CHECK(language_of(german + german) == "de");
}

TEST_CASE("a short text is left to CLD2 however English its words", "[text][language]") {
  // Fewer than kPlainWords words: CLD2 says too little to tell, as before.
  CHECK(text::LanguageEvidence::kPlainWords == 40);
  CHECK(language_of("markets rally") == "und");
  CHECK(language_of("Xi Jinping meets Putin in Moscow") == "en");
}
