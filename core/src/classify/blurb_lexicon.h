// The word classes of the blurb test (blurb.h), per folded word: function words and the
// vocabulary of a site addressing its readers, for every Latin and Cyrillic language of the
// stopword tables (en de fr es it pt nl ru pl da sv nb). None is a sentence of a page.
#pragma once

#include <string_view>

namespace winnow::classify {

enum BlurbClass : unsigned {
  kBlurbWe = 1,       // first person plural: the site speaking ("we", "unsere", "nous")
  kBlurbYou = 2,      // the reader addressed ("you", "dich", "vous", "usted")
  kBlurbSite = 4,     // the site, its parts and channels ("newsletter", "Redaktion", "Instagram")
  kBlurbAct = 8,      // greeting, thanks, invitations ("welcome", "merci", "abonnieren")
  kBlurbCall = 16,    // an imperative call when it opens a sentence ("Get", "Lade", "Descarga")
  kBlurbReport = 32,  // reported speech and sources: an event told ("said", "laut", "selon")
  kBlurbFormal = 64,  // formal address when capitalised inside a sentence ("Sie", "Ihnen", "Lei")
  kBlurbPage = 128,   // the site's furniture and upkeep: sections, privacy notice, links, support, sponsorship
  kBlurbPointer = 256,  // pointing the reader on ("also", "more", "auch", "aussi", "anche", "ook")
  kBlurbThis = 512,     // a demonstrative: before the site's noun, the site speaks of itself ("this page")
  kBlurbPlace = 1024,   // the site's pages, read only after a demonstrative ("page", "Seite", "pagina")
  kBlurbNotice = 2048,  // the site's policies and standing: disclaimers, opinions, advice, moderation, independence
  kBlurbSoon = 4096,    // leave-taking and the site's next time ("tomorrow", "bald", "bientôt", "a domani")
  kBlurbArticle = 8192, // the article itself: "in this article" is its author speaking, not the site
  kBlurbCredit = 16384, // the site's people and record: reporters, photos, corrections, copyright, their degrees
  kBlurbStanding = 32768,  // the site's standing: owners, funding, members, subscribers, trademarks
  kBlurbPeriod = 65536,    // a price's period ("month", "Jahr", "mois", "måneden")
  kBlurbMoney = 131072,    // a currency ("euro", "kroner", "zł"; the signs are read from the text)
};

// The classes of a folded word (0 when none).
unsigned blurb_class(std::string_view folded);

}  // namespace winnow::classify
