// Evergreen guides are not stories: two guides on one topic share its words as retellings of an
// event do, but neither narrates an event, so the second is answered `different`, similar to
// the first (with the page named in the history's answer); retellings of an event stay the same
// story. Also the tense count each page keeps (fingerprint/tense.h).
#include <catch2/catch.hpp>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "fingerprint/tense.h"
#include "story_test_util.h"
#include "winnow/history.h"
#include "winnow/match.h"

using namespace winnow;
using namespace story_test;

namespace {

// Two sourdough guides from different sites, in their own words: present tense, "you".
std::string guide_text(int writer) {
  if (writer == 0)
    return "Sourdough bread needs only flour, water, salt and an active starter.\n"
           "You should feed your starter with rye flour the day before you bake, so it is bubbly.\n"
           "Mix the dough, then stretch and fold it every thirty minutes while it rises in a warm kitchen.\n"
           "You can shape the loaf, proof it overnight in the fridge and bake it in a Dutch oven.\n"
           "A good crust needs steam: keep the lid on for the first twenty minutes.\n";
  return "Baking sourdough at home is easy once your starter is active and bubbly.\n"
         "Feed the starter with rye flour and water a day before you mix the dough with salt.\n"
         "Stretch and fold the dough every thirty minutes, and let it rise somewhere warm.\n"
         "Shape the loaf, proof it overnight in the fridge, then bake it in a Dutch oven.\n"
         "Keep the lid on for twenty minutes: the steam gives the crust its crackle.\n";
}

Page guide(int writer) {
  return text_page(writer == 0 ? "How to bake sourdough bread" : "Sourdough bread for beginners", guide_text(writer));
}

}  // namespace

TEST_CASE("story evergreen: two guides on one topic are similar, not the same story", "[story][evergreen]") {
  match::Judgement j = match::compare_pages(guide(0), guide(1), match::Sensitivity::Normal);
  // Scored like a retelling...
  REQUIRE(j.similar);
  // ...but not one: neither page narrates an event.
  REQUIRE(j.verdict == match::Verdict::Different);

  Page storm0 = text_page("Storm hits Ravensholm", storm_text("Ravensholm", 2021, 0));
  Page storm1 = text_page("Ravensholm storm", storm_text("Ravensholm", 2021, 1));
  match::Judgement event = match::compare_pages(storm0, storm1, match::Sensitivity::Normal);
  REQUIRE(event.verdict == match::Verdict::SameStory);
  REQUIRE_FALSE(event.similar);
}

TEST_CASE("story evergreen: a record written before tense was kept gives no evidence", "[story][evergreen]") {
  history::History h;
  fingerprint::Article first = h.fingerprint(guide(0));
  fingerprint::Article second = h.fingerprint(guide(1));
  fingerprint::Record r = fingerprint::to_record(first);
  REQUIRE((r.flags & fingerprint::kRecordTenseMask) != 0);
  match::Judgement now = match::judge(fingerprint::compare(second, r), match::Sensitivity::Normal);
  REQUIRE(now.verdict == match::Verdict::Different);
  // Format 3 records of earlier builds hold 0 there: judged as they were, by the score alone.
  r.flags = static_cast<std::uint16_t>(r.flags & ~fingerprint::kRecordTenseMask);
  fingerprint::Similarity old = fingerprint::compare(second, r);
  REQUIRE(old.narrative < 0);
  match::Judgement before = match::judge(old, match::Sensitivity::Normal);
  REQUIRE(before.verdict == match::Verdict::SameStory);
  REQUIRE_FALSE(before.similar);
}

TEST_CASE("story evergreen: the history answers a similar guide with the page it resembles", "[story][evergreen][history]") {
  history::History h;
  history::Visit v;
  v.text_doc = true;
  v.id_json = "\"g0\"";
  v.url = "https://bakery.example/sourdough";
  history::visit(h, guide(0), v, match::Sensitivity::Normal);
  v.id_json = "\"g1\"";
  v.url = "https://kitchen.example/beginners-sourdough";
  nlohmann::json ans = nlohmann::json::parse(history::visit(h, guide(1), v, match::Sensitivity::Normal));
  REQUIRE(ans["seen_before"] == false);
  REQUIRE(ans["verdict"] == "different");
  REQUIRE(ans["match_id"].is_null());
  REQUIRE(ans["similar"]["id"] == "g0");
  REQUIRE(ans["similar"]["url"] == "https://bakery.example/sourdough");
  for (const auto& p : ans["paragraphs"]) REQUIRE(p["status"] == "new");
}

TEST_CASE("story evergreen: tense counts tell a report from a guide, English only", "[story][evergreen][fingerprint]") {
  history::History h;
  fingerprint::Article report = h.fingerprint(text_page("Storm hits Ravensholm", storm_text("Ravensholm", 2021, 0)));
  fingerprint::Article how_to = h.fingerprint(guide(0));
  REQUIRE(fingerprint::narrative_share(report.tense) > fingerprint::narrative_share(how_to.tense));
  REQUIRE(fingerprint::narrative_share(how_to.tense) < 0.2);
  // Another language gives no evidence: the gate stays open.
  fingerprint::Article german = h.fingerprint(text_page("Großbrand im Hafen",
      "In der Nacht zum Mittwoch ist in einer Lagerhalle am Kieler Hafen ein Großbrand ausgebrochen.\n"
      "Mehr als 90 Feuerwehrleute waren stundenlang im Einsatz, verletzt wurde niemand.\n"));
  REQUIRE(german.tense == 0);
  REQUIRE(fingerprint::narrative_share(0) < 0);
  // The share survives the record (four bits of its flags).
  fingerprint::Record r = fingerprint::to_record(report);
  REQUIRE(fingerprint::compare(report, r).narrative == fingerprint::narrative_share(report.tense));
  REQUIRE(fingerprint::compare(how_to, r).narrative == fingerprint::narrative_share(how_to.tense));
}

TEST_CASE("story languages: French elided articles and short plurals key the word itself", "[story][fingerprint]") {
  history::History h;
  Page a = text_page("", "L’incendie des entrepôts a touché les bébés du quartier de Rouen dans la nuit de mardi.\n"
                         "Les pompiers sont arrivés sur place en quelques minutes et ils ont évacué les familles du quartier.\n");
  Page b = text_page("", "Un incendie dans un entrepôt de Rouen : un bébé a été évacué par les pompiers, qui sont restés sur place.\n"
                         "La préfecture indique que le feu a pris dans la nuit et que les familles ont été relogées.\n");
  REQUIRE(a.lang == "fr");
  REQUIRE(b.lang == "fr");
  fingerprint::Article fa = h.fingerprint(a);
  fingerprint::Article fb = h.fingerprint(b);
  auto has = [](const fingerprint::Article& x, std::string_view term) {
    return std::binary_search(x.distinct_terms.begin(), x.distinct_terms.end(), fingerprint::term_hash(term));
  };
  // "l’incendie" keys "incen" as "incendie" does; "bébés" keys "bébé" as "bébé" does.
  REQUIRE(has(fa, "incen"));
  REQUIRE(has(fb, "incen"));
  REQUIRE(has(fa, "bébé"));
  REQUIRE(has(fb, "bébé"));
  REQUIRE_FALSE(has(fa, "l’inc"));
}

namespace {

// Two round-ups of running watches from different sites, written after testing, in the past
// tense: "we tested", "I found", with the reader addressed. Each goes on through thirty more
// watches, as real round-ups do: long enough to show that neither names a source.
std::string review_text(int writer) {
  std::string out = writer == 0
      ? "We tested twelve GPS watches on our trail runs and track sessions over three months.\n"
        "The Garmin Forerunner 265 is our pick: in our tests its battery lasted eleven days.\n"
        "I found the Coros Pace 3 lighter, and we liked its heart rate readings on long runs.\n"
        "The Amazfit Balance tracked distance within one percent of what we measured on the track.\n"
        "If you run ultras, the Suunto Race is the watch to buy.\n"
      : "Our testers wore each GPS watch on road runs, trail runs and intervals for weeks.\n"
        "The Garmin Forerunner 265 is our top pick: we measured eleven days of battery and a fast GPS lock.\n"
        "I liked the Coros Pace 3 for its light strap, and its heart rate readings matched our chest strap.\n"
        "The Amazfit Balance tracked distance within one percent on our track.\n"
        "We picked the Suunto Race for ultra runners, and you will like its battery too.\n";
  for (int i = 0; i < 30; ++i) {
    std::string m = "Trailmark " + std::to_string(110 + 10 * i), d = std::to_string(5 + i);
    out += writer == 0 ? "We tested the " + m + " on our hill runs, and its battery lasted " + d + " days.\n"
                       : "Our testers wore the " + m + " for weeks and measured " + d + " days of battery on hills.\n";
  }
  return out;
}

// Two histories of tea, in the past tense: the years they name span centuries.
std::string history_text(int writer) {
  if (writer == 0)
    return "Dutch traders brought the first tea from China to Amsterdam in 1610.\n"
           "By 1657 a London coffee house sold tea as a cure, and the drink became fashionable at court.\n"
           "Colonists in Boston threw chests of East India Company tea into the harbour in 1773.\n"
           "Anna, Duchess of Bedford, started the custom of afternoon tea around 1840.\n"
           "Tea bags appeared in New York in 1908, when a merchant sent samples in silk pouches.\n";
  return "Tea reached Europe when Dutch merchants shipped it from China in 1610.\n"
         "London first sold it in 1657, in a coffee house that praised it as a medicine.\n"
         "In 1773 Boston colonists dumped East India Company tea into the harbour.\n"
         "The Duchess of Bedford made afternoon tea a custom around 1840.\n"
         "A New York merchant sent tea in silk pouches in 1908, and the tea bag was born.\n";
}

}  // namespace

TEST_CASE("story evergreen: tense counts hear the writer's voice, reported speech and the day", "[story][evergreen][fingerprint]") {
  fingerprint::TenseCount writer;
  for (const char* w : {"we", "tested", "i", "found", "our", "my"}) writer.add(w);
  CHECK(writer.past == 2);
  CHECK(writer.present == 4);
  fingerprint::TenseCount report;
  for (const char* w : {"the", "minister", "says", "according", "tuesday", "yesterday", "us"}) report.add(w);
  CHECK(report.past == 4);  // "us" is also the country: no evidence either way
  CHECK(report.present == 0);
}

TEST_CASE("story evergreen: two reviews written in the past tense are similar, not the same story", "[story][evergreen]") {
  Page a = text_page("The best GPS watches, tested", review_text(0));
  Page b = text_page("Best GPS running watches of the year", review_text(1));
  match::Judgement j = match::compare_pages(a, b, match::Sensitivity::Normal);
  REQUIRE(j.similar);
  REQUIRE(j.verdict == match::Verdict::Different);
}

TEST_CASE("story evergreen: two histories of one subject are similar, not the same story", "[story][evergreen]") {
  history::History h;
  Page a = text_page("A short history of tea", history_text(0));
  Page b = text_page("How tea conquered the West", history_text(1));
  fingerprint::Article fa = h.fingerprint(a);
  fingerprint::Article fb = h.fingerprint(b);
  REQUIRE(fa.history);
  REQUIRE(fb.history);
  // Both narrate in the past tense: tense alone would call the second the same story.
  fingerprint::Record r = fingerprint::to_record(fa);
  REQUIRE((r.flags & fingerprint::kRecordHistory) != 0);
  fingerprint::Similarity s = fingerprint::compare(fb, r);
  REQUIRE(s.narrative >= 0.5);
  REQUIRE(s.histories);
  match::Judgement j = match::judge(s, match::Sensitivity::Normal);
  REQUIRE(j.similar);
  REQUIRE(j.verdict == match::Verdict::Different);
  // A record written before the bit was kept reads as no history: judged as before.
  r.flags = static_cast<std::uint16_t>(r.flags & ~fingerprint::kRecordHistory);
  REQUIRE(match::judge(fingerprint::compare(fb, r), match::Sensitivity::Normal).verdict == match::Verdict::SameStory);
  // A report naming one old year beside this year's is no history.
  fingerprint::Article storm = h.fingerprint(text_page("Storm hits Ravensholm",
      storm_text("Ravensholm", 2021, 0) + "It was the worst storm there since 1987.\n"));
  REQUIRE_FALSE(storm.history);
}
