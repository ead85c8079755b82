// Language identification (CLD2 over a sample of the words): paragraphs and short sentences in
// six languages, and "und" only for text too short or too mixed to tell.
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

} // namespace

TEST_CASE("paragraphs are identified in German, French, Spanish, Russian, Chinese and English",
          "[text][language]") {
  CHECK(language_of("Die Bundesregierung hat am Mittwoch einen neuen Haushaltsentwurf vorgelegt. "
                    "Der Finanzminister sagte, die Ausgaben für Verteidigung und Bildung würden "
                    "steigen, während die Subventionen für fossile Brennstoffe schrittweise "
                    "gekürzt werden sollen. Die Opposition kritisierte den Plan scharf.") == "de");
  CHECK(language_of("Le gouvernement a présenté mercredi un nouveau projet de budget. Le ministre "
                    "des Finances a déclaré que les dépenses de défense et d'éducation "
                    "augmenteraient, tandis que les subventions aux énergies fossiles seraient "
                    "progressivement réduites. L'opposition a vivement critiqué le plan.") == "fr");
  CHECK(language_of("El gobierno presentó el miércoles un nuevo proyecto de presupuesto. El "
                    "ministro de Hacienda dijo que el gasto en defensa y educación aumentaría, "
                    "mientras que los subsidios a los combustibles fósiles se reducirían de forma "
                    "gradual. La oposición criticó duramente el plan.") == "es");
  CHECK(language_of("Правительство в среду представило новый проект бюджета. Министр финансов "
                    "заявил, что расходы на оборону и образование вырастут, а субсидии на "
                    "ископаемое топливо будут постепенно сокращаться. Оппозиция резко "
                    "раскритиковала этот план.") == "ru");
  CHECK(language_of("政府周三公布了新的预算草案。财政部长表示，国防和教育支出将会增加，而对化石燃料"
                    "的补贴将逐步减少。反对派对该计划提出了严厉批评。") == "zh");
  CHECK(language_of("The government presented a new draft budget on Wednesday. The finance "
                    "minister said spending on defence and education would rise, while "
                    "subsidies for fossil fuels would be cut step by step.") == "en");
}

TEST_CASE("short sentences are identified too", "[text][language]") {
  CHECK(language_of("Ich habe heute keine Zeit.") == "de");
  CHECK(language_of("Der Hund ist klein.") == "de");
  CHECK(language_of("Je ne sais pas pourquoi il est parti.") == "fr");
  CHECK(language_of("No sé por qué se fue tan temprano.") == "es");
  CHECK(language_of("Я не знаю, почему он ушёл.") == "ru");
  CHECK(language_of("我不知道他为什么走了。") == "zh");
  CHECK(language_of("Xi Jinping meets Putin in Moscow") == "en");
}

TEST_CASE("text too short or too mixed to tell is und", "[text][language]") {
  CHECK(language_of("") == "und");
  CHECK(language_of("12 345") == "und");
  CHECK(language_of("markets rally") == "und");
  CHECK(language_of("Die Sonne scheint heute sehr schön und wir gehen spazieren. The weather in "
                    "London is grey and rainy today as usual.") == "und");
}

// Plain English prose is named English without asking CLD2 (LanguageEvidence::plainly_english);
// everything else still goes to CLD2, and the two must never disagree.
namespace {

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

TEST_CASE("stray letters are no language, however many of them are \"a\"", "[text][language]") {
  // Half the words are "a", a function word, but one kind only: CLD2 decides, and finds nothing.
  std::string letters;
  for (int i = 0; i < 40; ++i)
    letters += "a w ";
  CHECK(language_of(letters) == "und");
  CHECK(language_of("(a " + letters + "Z9 a: w.") == "und");
}

TEST_CASE("a short text is left to CLD2 however English its words", "[text][language]") {
  // Fewer than kPlainWords words: CLD2 says too little to tell, as before.
  CHECK(text::LanguageEvidence::kPlainWords == 40);
  CHECK(language_of("markets rally") == "und");
  CHECK(language_of("Xi Jinping meets Putin in Moscow") == "en");
}
