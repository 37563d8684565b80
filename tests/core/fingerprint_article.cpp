// Article fingerprints: what survives a re-post, a retelling, and what tells stories apart.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>

#include "story_test_util.h"
#include "winnow/fingerprint.h"

using namespace winnow;
using namespace story_test;

namespace {
fingerprint::Article fp(const Page& p) { return fingerprint::fingerprint(p, fingerprint::Options{}); }
}  // namespace

TEST_CASE("fingerprint: a record fits in 352 bytes and keeps the strongest terms first", "[fingerprint]") {
  STATIC_REQUIRE(sizeof(fingerprint::Record) <= 352);
  fingerprint::Article a = fp(text_page("Storm hits Ravensholm", storm_text("Ravensholm", 2019, 0)));
  REQUIRE(a.shingles > 20);
  // A short article keeps every content term (fewer than a record holds).
  REQUIRE(a.terms.size() > static_cast<std::size_t>(fingerprint::kEvidenceTerms));
  REQUIRE(a.terms.size() <= static_cast<std::size_t>(fingerprint::kKeyTerms));
  for (std::size_t i = 1; i < a.terms.size(); ++i) REQUIRE(a.terms[i - 1].weight >= a.terms[i].weight);
  fingerprint::Record r = fingerprint::to_record(a);
  REQUIRE(r.weight[0] == 255);
  REQUIRE((r.flags & 1) == 1);
  REQUIRE((r.years >> (2019 - fingerprint::kFirstYear)) & 1);
  int sketches = 0;
  for (auto s : r.sketch) sketches += s != 0;
  REQUIRE(sketches == 5);  // one per paragraph
}

TEST_CASE("fingerprint: the place name, a named entity, is among the key terms", "[fingerprint]") {
  fingerprint::Article a = fp(text_page("", storm_text("Ravensholm", 2019, 0)));
  std::uint32_t place = fingerprint::term_hash("ravensholm");
  std::uint32_t the = fingerprint::term_hash("the");
  bool has_place = false, has_the = false;
  for (std::size_t i = 0; i < 8 && i < a.terms.size(); ++i) {
    has_place |= a.terms[i].hash == place;
    has_the |= a.terms[i].hash == the;
  }
  REQUIRE(has_place);
  REQUIRE_FALSE(has_the);  // the seed IDF table knows "the" is everywhere
}

TEST_CASE("fingerprint: identical text resembles fully; a retelling shares key terms, not shingles", "[fingerprint]") {
  fingerprint::Article a = fp(text_page("Storm", storm_text("Ravensholm", 2019, 0)));
  fingerprint::Article same = fp(text_page("Storm", storm_text("Ravensholm", 2019, 0)));
  fingerprint::Article retold = fp(text_page("Storm", storm_text("Ravensholm", 2019, 1)));
  fingerprint::Article other = fp(text_page("Vote", election_text()));
  fingerprint::Record ra = fingerprint::to_record(a);

  fingerprint::Similarity s_same = fingerprint::compare(same, ra);
  REQUIRE(s_same.resemblance == Approx(1.0));
  REQUIRE(s_same.containment == Approx(1.0));
  REQUIRE(s_same.story > 0.99);

  fingerprint::Similarity s_retold = fingerprint::compare(retold, ra);
  fingerprint::Similarity s_other = fingerprint::compare(other, ra);
  REQUIRE(s_retold.resemblance < 0.3);
  REQUIRE(s_retold.story > 0.4);
  REQUIRE(s_other.story < 0.1);
  REQUIRE(s_other.resemblance < 0.1);
  REQUIRE(s_retold.years == 1);
}

TEST_CASE("fingerprint: years named on both pages and disjoint count against one event", "[fingerprint]") {
  fingerprint::Article a = fp(text_page("", storm_text("Ravensholm", 2019, 0)));
  fingerprint::Article b = fp(text_page("", storm_text("Ravensholm", 2023, 1)));
  REQUIRE(fingerprint::compare(b, fingerprint::to_record(a)).years == -1);
}

TEST_CASE("fingerprint: boilerplate paragraphs add no shingles and no terms", "[fingerprint]") {
  Page p = text_page("", storm_text("Ravensholm", 2019, 0));
  fingerprint::Article clean = fp(p);
  Block chrome;
  chrome.text = "Subscribe to our newsletter Zanzibarian offers every Thursday";
  chrome.label = Label::Boilerplate;
  chrome.kind = Kind::Subscribe;
  p.blocks.insert(p.blocks.begin(), chrome);
  fingerprint::Article with = fp(p);
  REQUIRE(with.shingles == clean.shingles);
  REQUIRE(std::memcmp(with.minhash.data(), clean.minhash.data(), sizeof(clean.minhash)) == 0);
  REQUIRE(with.paragraphs.front().boilerplate);
  REQUIRE(with.paragraphs.front().index == 0);
  REQUIRE(with.paragraphs[1].index == 1);
}

TEST_CASE("fingerprint: the site name is cut from a title", "[fingerprint]") {
  REQUIRE(fingerprint::clean_title("Storm hits the harbour town hard | The Daily Ledger") ==
          "Storm hits the harbour town hard");
  REQUIRE(fingerprint::clean_title("Storm hits the harbour town - BBC News") == "Storm hits the harbour town");
  REQUIRE(fingerprint::clean_title("Rock | Paper") == "Rock | Paper");  // no headline to keep
}

TEST_CASE("fingerprint: light stemming joins plurals and possessives", "[fingerprint]") {
  REQUIRE(fingerprint::stem("storms") == "storm");
  REQUIRE(fingerprint::stem("vasquez's") == "vasquez");
  REQUIRE(fingerprint::stem("press") == "press");
  REQUIRE(fingerprint::stem("bus") == "bus");
}

TEST_CASE("fingerprint: term statistics learn from the reader's pages", "[fingerprint]") {
  fingerprint::TermStats stats;
  std::uint32_t t = fingerprint::term_hash("ravensholm");
  double fresh = stats.idf(t);
  for (int i = 0; i < 300; ++i) stats.add_document({t});
  REQUIRE(stats.documents() == 300);
  REQUIRE(stats.idf(t) < fresh - 1.0);
  REQUIRE(fingerprint::seed_share(fingerprint::term_hash("the")) > 0.5);
  REQUIRE(fingerprint::seed_share(fingerprint::term_hash("ravensholm")) == 0.0);
}

TEST_CASE("fingerprint: German words are cut to their first five characters, stopwords left out", "[fingerprint]") {
  Page p = text_page("Brand in Bremerhaven",
                     "In der Nacht zum Dienstag ist in einer Lagerhalle in Bremerhaven ein Großbrand ausgebrochen.\n"
                     "Mehr als 120 Feuerwehrleute waren im Einsatz, die Feuerwehr meldete keine Verletzten.\n"
                     "Die Rauchwolke war kilometerweit zu sehen, Anwohner sollten die Fenster geschlossen halten.\n");
  REQUIRE(p.lang == "de");
  fingerprint::Article a = fp(p);
  auto has = [&](std::string_view term) {
    std::uint32_t h = fingerprint::term_hash(term);
    return std::any_of(a.terms.begin(), a.terms.end(), [&](const fingerprint::Term& t) { return t.hash == h; });
  };
  REQUIRE(has("feuer"));   // Feuerwehrleute and Feuerwehr: one term
  REQUIRE(has("breme"));
  REQUIRE_FALSE(has("feuerwehrleute"));
  REQUIRE_FALSE(has("der"));
  REQUIRE_FALSE(has("die"));
}
