// Same-story matching outside English: a German retelling shares inflected and compound forms
// of the first telling's words (five-character terms fold them), an unrelated story does not.
#include <catch2/catch.hpp>

#include "story_test_util.h"
#include "winnow/match.h"

using namespace winnow;
using namespace story_test;

TEST_CASE("story languages: a German retelling is the same story, another German story is not", "[story][fingerprint]") {
  Page first = text_page("Großbrand in Lagerhalle am Kieler Hafen",
                         "In der Nacht zum Mittwoch ist in einer Lagerhalle am Kieler Hafen ein Großbrand ausgebrochen.\n"
                         "Mehr als 90 Feuerwehrleute waren stundenlang im Einsatz, verletzt wurde niemand.\n"
                         "Die Rauchwolke war weithin sichtbar, Anwohner sollten Fenster und Türen geschlossen halten.\n"
                         "Die Polizei schätzt den Schaden auf mehrere Millionen Euro, die Brandursache ist unklar.\n");
  Page retold = text_page("Kiel: Feuer zerstört Hafenlager",
                          "Ein Feuer hat in Kiel eine Lagerhalle im Hafen zerstört.\n"
                          "Die Feuerwehr rückte in der Nacht mit 90 Einsatzkräften aus; Verletzte gab es keine.\n"
                          "Wegen der Rauchentwicklung wurden die Anwohner gewarnt, Fenster geschlossen zu halten.\n"
                          "Der Sachschaden geht nach Schätzung der Polizei in die Millionen. Warum das Feuer ausbrach, ist noch unklar.\n");
  Page other = text_page("Stadtrat beschließt neuen Radweg",
                         "Der Stadtrat von Göttingen hat am Dienstag den Bau eines neuen Radwegs an der Weender Straße beschlossen.\n"
                         "Die Kosten von 2,4 Millionen Euro trägt zur Hälfte das Land Niedersachsen.\n"
                         "Die Bauarbeiten sollen im Frühjahr beginnen und bis zum Herbst dauern, sagte die Oberbürgermeisterin.\n");
  REQUIRE(first.lang == "de");
  match::Judgement same = match::compare_pages(first, retold, match::Sensitivity::Normal);
  match::Judgement diff = match::compare_pages(first, other, match::Sensitivity::Normal);
  REQUIRE(same.verdict == match::Verdict::SameStory);
  REQUIRE(diff.verdict == match::Verdict::Different);
  REQUIRE(same.score > 2 * diff.score);
}
