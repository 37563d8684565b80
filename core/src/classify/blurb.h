// Site blurbs recognised by what they do, not by their sentences: the site talking about itself
// or to the reader (we / our / you, the site, its readers, its newsletter, its people) while
// greeting, thanking, inviting or calling to follow, with no event in sight (no numbers, names or
// reported speech) and few words of the story (cohesion.h). The word classes are in
// blurb_lexicon.h; the decision is a small tree ensemble learned by training/blurbs.py
// (blurb_model.inc).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "classify/cohesion.h"

namespace winnow::classify {

struct BlurbWords {
  unsigned words = 0;      // word runs of the text
  unsigned we = 0;         // first person plural: the site speaking ("we", "unsere", "nous")
  unsigned you = 0;        // the reader addressed ("you", "dich", "vous", a capitalised "Sie")
  unsigned site = 0;       // the site and its parts ("website", "newsletter", "readers", "Redaktion")
  unsigned act = 0;        // greeting, thanks and calls ("welcome", "thanks", "follow", "abonnieren")
  unsigned self = 0;       // the site's own name: the site speaking of itself, and about itself
  unsigned digits = 0;     // number runs (events carry dates, scores, sums)
  unsigned sentences = 0;  // sentences and clauses (after . ! ? : ; …)
  unsigned calls = 0;      // ... opening with a call or greeting, or with a verb and "you" ("Haben Sie")
  unsigned asks = 0;       // ... ending with a question mark
  unsigned names = 0;      // capitalised words inside a sentence no class holds (people, places)
  unsigned report = 0;     // reported speech ("said", "laut", "selon"): an event told
  unsigned talking = 0;    // sentences that speak as the site, to the reader or about the site
  bool prose = false;      // ends as a sentence does (. ! ? …), where a heading or a label does not
  unsigned page = 0;       // the site's furniture: sections, archive, privacy notice ("Lesetipp", "sección")
  unsigned pointer = 0;    // pointing on ("also", "mehr", "aussi") in an opening label or as the first word
  unsigned quoted = 0;     // quotation marks, a quoted headline's aside: a speaker quoted is an event
  bool label = false;      // opens with a short clause a colon ends ("Read also:", "Lesetipp:")
  unsigned deixis = 0;     // the site pointing at itself: a demonstrative before its noun ("this site", "diese Seite")
  unsigned notice = 0;     // the site's policies and standing ("disclaimer", "opinions", "Haftung", "indipendente")
  unsigned soon = 0;       // leave-taking and the site's next time ("tomorrow", "bald", "bientôt", "domani")
  unsigned exclaims = 0;   // sentences ending with an exclamation mark
  unsigned credit = 0;     // the site's people and record ("reporter", "photos", "corrected", "degree")
  unsigned standing = 0;   // the site's owners, funding, members and trademarks ("owned", "Verein", "ejes")
  bool price = false;      // a sum in a currency and a period word: a membership's price ("$6 a month")
  double lexical = 0.0;    // the word model's log-odds (blurb_grams.h), for a text short enough to judge
  Cohesion cohesion;       // the words it shares with the story (cohesion.h): set where a page is read
  double share() const { return words ? static_cast<double>(we + you + site + act + self) / words : 0.0; }
  // The site, its people, its standing or the reader are in it: no block of the story (cohesion.h).
  bool speaks() const { return we + you + site + act + calls + credit + standing > 0 || price; }
  // ... or it names the site: where topic cohesion tells a blurb. Naming alone leaves a block in
  // the story, whose sites are often named for its town ("residents of the valley").
  bool about_site() const { return speaks() || self > 0; }
};

// The site's own name as a reader sees it written, from its address: the label left of the public
// suffix with hyphens dropped ("dailyhorizon" for www.daily-horizon.co.uk); empty when shorter
// than settings::kSiteNameMinChars (too easily a common word).
std::string site_name(std::string_view url);

// What the page tells about its site: its name (site_name()), its headline, and whether its
// language capitalises every noun (German: there capitals inside a sentence are no names).
struct BlurbPage {
  std::string name;                    // site_name()
  std::string short_name;              // the name without a leading article ("gazzettadelborgo"), filled by blurb_page(); may be empty
  std::vector<std::string> headline;   // its words, folded; empty when none
  std::size_t headline_chars = 0;      // its length in bytes as written
  unsigned headline_names = 0;         // the names its words count inside a sentence
  bool nouns_capitalised = false;
};

// The page's facts, the headline read once (blurb_words meets it in every block).
BlurbPage blurb_page(std::string_view name, std::string_view headline, bool nouns_capitalised);

// Counts over the text as written (capitals tell formal address and names apart). A mention of
// the site's name (one word, or two or three adjacent words written together, accents aside:
// "Diário da Brisa" for "diariodabrisa") counts in `self`, and so does the page's headline quoted
// in a longer text (the site naming its own article: "Thanks for reading ..."), whose capitals
// are then no names.
BlurbWords blurb_words(std::string_view text, const BlurbPage& page = {});

// German writes every noun with a capital: there capitals tell no names (`lang_index` into
// text::stopword_lists(), -1 for none).
bool nouns_capitalised(int lang_index);

// The learned model's inputs, in the order of blurb_input_names() (and of the generated table).
inline constexpr std::size_t kBlurbInputCount = 28;
const std::array<std::string_view, kBlurbInputCount>& blurb_input_names();
std::array<double, kBlurbInputCount> blurb_inputs(const BlurbWords& w);

// The model's log-odds that the text is a blurb.
double blurb_score(const BlurbWords& w);

// Judged at all: a text of a blurb's size (settings::kBlurb*).
bool blurb_sized(const BlurbWords& w, unsigned chars);

// A blurb: a text of a blurb's size, quoting no speaker it reports, that the learned model scores
// above its cut.
bool is_blurb(const BlurbWords& w, unsigned chars);

}  // namespace winnow::classify
