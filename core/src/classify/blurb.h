// Site blurbs recognised by what they do, not by their sentences: the site talking about itself
// or to the reader (we / our / you, the site, its readers, its newsletter) while greeting,
// thanking, inviting or calling to follow, with no event in sight. Word classes are listed for
// every Latin and Cyrillic language of the stopword tables (en de fr es it pt nl ru pl).
#pragma once

#include <string>
#include <string_view>

namespace winnow::classify {

struct BlurbWords {
  unsigned words = 0;  // word runs of the text
  unsigned we = 0;     // first person plural: the site speaking ("we", "unsere", "nous")
  unsigned you = 0;    // the reader addressed ("you", "dich", "vous")
  unsigned site = 0;   // the site and its parts ("website", "newsletter", "readers", "Redaktion")
  unsigned act = 0;    // greeting, thanks and calls ("welcome", "thanks", "follow", "abonnieren")
  unsigned self = 0;   // the site's own name: the site speaking of itself, and about itself
  unsigned digits = 0; // number runs (events carry dates, scores, sums)
  double share() const { return words ? static_cast<double>(we + you + site + act + self) / words : 0.0; }
};

// The site's own name as a reader sees it written, from its address: the label left of the public
// suffix with hyphens dropped ("dailyhorizon" for www.daily-horizon.co.uk); empty when shorter
// than settings::kSiteNameMinChars (too easily a common word).
std::string site_name(std::string_view url);

// Counts over case-folded text (classify::fold). A mention of `name` (one word, or two or three
// adjacent words written together: "Daily Horizon") counts in `self`.
BlurbWords blurb_words(std::string_view folded, std::string_view name = {});

// A blurb: addressed to the reader or spoken by the site, about the site or an act towards
// it, dense in such words and short of numbers (settings::kBlurb*).
bool is_blurb(const BlurbWords& w, unsigned chars);

}  // namespace winnow::classify
