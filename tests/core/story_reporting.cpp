// A retelling of an event attributes what it tells to sources ("said", "according to"); a guide
// or a review speaks for itself. Two long pages on one topic that attribute nothing are answered
// `different`, similar to each other, even when they narrate in the past tense and share names
// and numbers; two long reports of one event stay the same story. Also the count each page
// keeps (fingerprint/tense.h: ReportCount) and records written before it was kept.
#include <catch2/catch.hpp>

#include <string>

#include "fingerprint/tense.h"
#include "story_test_util.h"
#include "winnow/history.h"
#include "winnow/match.h"

using namespace winnow;
using namespace story_test;

namespace {

constexpr int kItems = 24;  // about 900 words a page: long enough to show whether it reports

// A review of running watches by `writer` (0 or 1, in their own words): past tense, names and
// figures shared with the other review, no source named.
std::string review_text(int writer) {
  const char* models[kItems] = {"Velora", "Kestrel", "Tundra", "Marlin", "Sable", "Quillon", "Orca", "Halden",
                                "Pinnacle", "Ridgeway", "Corvid", "Nimbus", "Falkor", "Brisa", "Talon", "Ember",
                                "Solace", "Arden", "Vireo", "Cobalt", "Juniper", "Strix", "Lumen", "Wrenford"};
  std::string out;
  for (int i = 0; i < kItems; ++i) {
    std::string m = models[i], d = std::to_string(6 + i), s = std::to_string(20 + 3 * i);
    if (writer == 0)
      out += "The " + m + " lasted " + d + " days on one charge during the long trail runs. Its GPS locked in " + s +
             " seconds and tracked the forest loop closely. The " + m + " heart sensor matched the chest strap on hill intervals.\n";
    else
      out += "On a single charge the " + m + " kept going for " + d + " days of trail running. Satellite lock needed " + s +
             " seconds, and the recorded forest loop barely drifted. On hill repeats the " + m + " heart readings stayed near a chest strap.\n";
  }
  return out;
}

// Two reports of one marathon by two outlets: the same runners, times and sources, in their
// own words.
std::string race_text(int writer) {
  const char* runners[kItems] = {"Amara Okafor", "Lena Brandt", "Tomas Riva", "Ines Calder", "Yusuf Demir",
                                 "Mira Holt", "Pavel Novak", "Sina Haddad", "Jonas Beck", "Aiko Mori",
                                 "Rafael Duarte", "Elin Strand", "Kofi Mensah", "Nadia Volkova", "Owen Pryce",
                                 "Lucia Ferro", "Hamid Rahimi", "Greta Lund", "Marco Bellini", "Zara Quinn",
                                 "Dmitri Orlov", "Freya Walsh", "Emil Sorensen", "Priya Nair"};
  std::string out = writer == 0 ? "Record heat slowed the Ravensholm marathon on Sunday, race officials said.\n"
                                : "Sunday's Ravensholm marathon was run in record heat, according to the organisers.\n";
  for (int i = 0; i < kItems; ++i) {
    std::string r = runners[i], t = std::to_string(131 + 2 * i);
    if (writer == 0)
      out += r + " finished the Ravensholm marathon in " + t + " minutes, the race office said. " + r +
             " told reporters that the climb past the harbour was the hardest part of the course.\n";
    else
      out += "According to the race office, " + r + " crossed the Ravensholm finish line after " + t + " minutes. "
             "The harbour climb hurt most, " + r + " said after the race.\n";
  }
  return out;
}

}  // namespace

TEST_CASE("story reporting: two long reviews that name no source are similar, not the same story", "[story][reporting]") {
  Page a = text_page("Running watches, tested on the trails", review_text(0));
  Page b = text_page("Trail running watches compared", review_text(1));
  history::History h;
  fingerprint::Article fa = h.fingerprint(a);
  fingerprint::Article fb = h.fingerprint(b);
  fingerprint::Similarity s = fingerprint::compare(fb, fingerprint::to_record(fa));
  // Narrated in the past tense: the tense count alone would not tell them from a retelling.
  REQUIRE(s.narrative >= 0.5);
  REQUIRE(s.reporting >= 400);
  match::Judgement j = match::compare_pages(a, b, match::Sensitivity::Normal);
  REQUIRE(j.similar);
  REQUIRE(j.verdict == match::Verdict::Different);
}

TEST_CASE("story reporting: two long reports of one event stay the same story", "[story][reporting]") {
  Page a = text_page("Heat slows Ravensholm marathon", race_text(0));
  Page b = text_page("Ravensholm marathon runners battle record heat", race_text(1));
  match::Judgement j = match::compare_pages(a, b, match::Sensitivity::Normal);
  REQUIRE(j.verdict == match::Verdict::SameStory);
  REQUIRE_FALSE(j.similar);
  // And in the history: seen before, matched to the first report.
  history::History h;
  history::Visit v;
  v.text_doc = true;
  v.id_json = "\"r0\"";
  v.url = "https://ledger.example/marathon";
  history::visit(h, a, v, match::Sensitivity::Normal);
  v.id_json = "\"r1\"";
  v.url = "https://courier.example/ravensholm-heat";
  std::string ans = history::visit(h, b, v, match::Sensitivity::Normal);
  REQUIRE(ans.find("\"verdict\":\"same_story\"") != std::string::npos);
  REQUIRE(ans.find("\"match_id\":\"r0\"") != std::string::npos);
}

TEST_CASE("story reporting: words per attribution, English only, kept in the record", "[story][reporting][fingerprint]") {
  fingerprint::ReportCount c;
  REQUIRE(c.code() == 0);
  for (const char* w : {"the", "mayor", "said", "that", "crews", "worked", "according", "to", "police"}) c.add(w);
  REQUIRE(c.words == 9);
  REQUIRE(c.attributions == 2);
  REQUIRE(fingerprint::words_per_attribution(c.code()) == 0);  // 9 / 3 words: under one step
  REQUIRE(fingerprint::words_per_attribution(0) < 0);

  history::History h;
  fingerprint::Article review = h.fingerprint(text_page("Running watches", review_text(0)));
  fingerprint::Article race = h.fingerprint(text_page("Marathon", race_text(0)));
  REQUIRE(fingerprint::words_per_attribution(review.report) >= 400);
  REQUIRE(fingerprint::words_per_attribution(race.report) < 40);
  fingerprint::Article german = h.fingerprint(text_page("Großbrand im Hafen",
      "In der Nacht zum Mittwoch ist in einer Lagerhalle am Kieler Hafen ein Großbrand ausgebrochen.\n"
      "Mehr als 90 Feuerwehrleute waren stundenlang im Einsatz, sagte ein Sprecher.\n"));
  REQUIRE(german.report == 0);  // another language: no evidence, the gate stays open

  // The count survives the record (the flags' high byte); the less reporting page decides.
  fingerprint::Record r = fingerprint::to_record(race);
  REQUIRE(((r.flags & fingerprint::kRecordReportMask) >> fingerprint::kRecordReportShift) == race.report);
  REQUIRE(fingerprint::compare(review, r).reporting == fingerprint::words_per_attribution(review.report));
  REQUIRE(fingerprint::compare(german, r).reporting < 0);
}

TEST_CASE("story reporting: a record written before the count was kept gives no evidence", "[story][reporting]") {
  history::History h;
  fingerprint::Article first = h.fingerprint(text_page("Running watches, tested on the trails", review_text(0)));
  fingerprint::Article second = h.fingerprint(text_page("Trail running watches compared", review_text(1)));
  fingerprint::Record r = fingerprint::to_record(first);
  REQUIRE(match::judge(fingerprint::compare(second, r), match::Sensitivity::Normal).similar);
  // Format 3 records of earlier builds hold 0 in the flags' high byte: judged by the score.
  r.flags = static_cast<std::uint16_t>(r.flags & ~fingerprint::kRecordReportMask);
  fingerprint::Similarity old = fingerprint::compare(second, r);
  REQUIRE(old.reporting < 0);
  REQUIRE(match::judge(old, match::Sensitivity::Normal).verdict == match::Verdict::SameStory);
}
