// The blurb model's word input (classify/blurb_grams.h): the tokens it reads (the site's name and
// numbers generalised) and the learned weights telling the site's calls from a story's sentences
// in words and sentences no development set holds.
#include <catch2/catch.hpp>

#include <string>

#include "classify/blurb.h"
#include "classify/settings.h"
#include "winnow/classify.h"

using namespace winnow::classify;

namespace {

double lexical(const std::string& text) { return blurb_words(text, blurb_page("harborwire", {}, false)).lexical; }

}  // namespace

TEST_CASE("blurb grams: the site's name reads as @site and a number as #", "[classify][blurb]") {
  CHECK(blurb_gram_tokens("Subscribe to Harbor Wire for 2 tips, ten times a year.", "https://www.harbor-wire.com/a") ==
        "subscribe to @site @site for # tips ten times a year");
  CHECK(blurb_gram_tokens("Übers Wochenende: 3.500 Läufer in Köln!", "https://example.org/") ==
        "übers wochenende # läufer in köln");
}

TEST_CASE("blurb grams: calls to the reader outscore the story's sentences in new wording", "[classify][blurb]") {
  const std::string pairs[][2] = {
      {"Sign up for our free weekly newsletter and never miss a story from the harbour.",
       "The council approved the new harbour budget on Tuesday by seven votes to two."},
      {"Thanks for reading! Follow us on social media for more updates every day.",
       "Fishermen said the new quotas would cut their catch by a third next season."},
      {"Abonnieren Sie unseren kostenlosen Newsletter und verpassen Sie keine Nachricht mehr.",
       "Der Stadtrat hat am Dienstag den neuen Haushalt mit sieben zu zwei Stimmen beschlossen."},
      {"Abonnez-vous à notre lettre d'information gratuite pour ne rien manquer.",
       "Le conseil municipal a adopté mardi le nouveau budget du port de pêche."},
  };
  for (const auto& p : pairs) {
    INFO(p[0] << " | " << p[1]);
    CHECK(lexical(p[0]) > lexical(p[1]) + 2.0);
  }
}

TEST_CASE("blurb grams: a text too long to judge is not read", "[classify][blurb]") {
  std::string text;
  while (text.size() <= settings::kBlurbMaxChars) text += "Sign up for our newsletter. ";
  CHECK(lexical(text) == 0.0);
  CHECK(lexical("Sign up for our weekly newsletter today.") != 0.0);
}
