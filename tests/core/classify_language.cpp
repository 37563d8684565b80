// Language detection tells the Scandinavian languages apart, from each other and from German,
// Dutch and English, on the same sentences written in each (classify/language.cpp).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/stopwords.h"
#include "winnow/blocks.h"
#include "winnow/classify.h"

using namespace winnow;

namespace {

std::string detected(const std::string& text, std::string_view declared = "") {
  blocks::Block b;
  b.text = text;
  b.chars = static_cast<std::uint32_t>(text.size());
  return classify::detect_language({b}, declared);
}

}  // namespace

TEST_CASE("language: Danish, Swedish and Norwegian are told apart and from German, Dutch, English",
          "[classify][language]") {
  CHECK(detected("Regeringen har i dag fremlagt et forslag om, at de ældre skal have mere hjælp i hjemmet. Det er "
                 "ikke første gang, at partierne er uenige om, hvordan pengene skal bruges, men nu ser der ud til "
                 "at være et flertal for planen.") == "da");
  CHECK(detected("Regeringen har i dag lagt fram ett förslag om att de äldre ska få mer hjälp i hemmet. Det är "
                 "inte första gången som partierna är oense om hur pengarna ska användas, men nu ser det ut att "
                 "finnas en majoritet för planen.") == "sv");
  CHECK(detected("Regjeringen har i dag lagt fram et forslag om at de eldre skal få mer hjelp i hjemmet. Det er "
                 "ikke første gang partiene er uenige om hvordan pengene skal brukes, men nå ser det ut til å "
                 "være et flertall for planen.") == "nb");
  CHECK(detected("Die Regierung hat heute einen Vorschlag vorgelegt, nach dem ältere Menschen mehr Hilfe zu Hause "
                 "bekommen sollen. Es ist nicht das erste Mal, dass die Parteien über das Geld streiten, aber nun "
                 "scheint es eine Mehrheit für den Plan zu geben.") == "de");
  CHECK(detected("De regering heeft vandaag een voorstel gedaan om ouderen meer hulp thuis te geven. Het is niet "
                 "de eerste keer dat de partijen het oneens zijn over hoe het geld moet worden besteed, maar nu "
                 "lijkt er een meerderheid voor het plan te zijn.") == "nl");
  CHECK(detected("The government has today put forward a proposal to give older people more help at home. It is "
                 "not the first time that the parties have disagreed about how the money should be spent, but now "
                 "there seems to be a majority for the plan.") == "en");
}

TEST_CASE("language: Norwegian and Nynorsk codes read by the Bokmål list", "[classify][language]") {
  const int nb = text::language_index("nb");
  REQUIRE(nb >= 0);
  CHECK(text::language_index("no") == nb);
  CHECK(text::language_index("nn-NO") == nb);
  CHECK(text::language_index("da") >= 0);
  CHECK(text::language_index("sv-SE") >= 0);
  // a page declared Norwegian whose text is Norwegian stays Norwegian, under the list's code
  CHECK(detected("Det er ikke første gang partiene er uenige om hvordan pengene skal brukes, men nå ser det ut "
                 "til å være et flertall for planen.", "no") == "nb");
}
