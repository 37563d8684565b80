// Every tunable of the classifier in one place (style.md: Readability's named tables,
// trafilatura's settings.cfg). Each entry says why it is there.
#pragma once

#include <string_view>

#include "classify/phrases.h"
#include "common/word_lists.h"
#include "winnow/vocabulary.h"

namespace winnow::classify::settings {

// ---- Class / id / role tokens --------------------------------------------------------------
// Class and id attributes are cut into tokens at non-letters and camelCase humps ("mainNav",
// "share-bar_top" -> main nav / share bar top). A token equal to `token` (or, for `prefix`
// entries, starting with it: "comments", "sharebar"; written with a trailing '*', see
// common/word_lists.h) names the kind of chrome the element holds. Tokens are matched, not
// substrings, so "header" never matches "ad" and "shadow" never matches "ad".
struct ClassToken {
  std::string_view token;
  Kind kind;
  bool prefix;
};
inline constexpr WordList<Kind> kNegativeTokenLists[] = {
    {Kind::Navigation, "nav*|menu*|breadcrumb*|pagination|pager|masthead|topbar|toolbar|footer*|"
                       "header|skip|tags|tag|tagcloud|categories|category|sitemap|search"},
    {Kind::Related, "sidebar*|aside|widget*|rail|related*|recommended*|recommendation*|recirc*|"
                    "trending*|popular*|mostread|outbrain*|taboola*|teaser*|more|read"},
    {Kind::Share, "share*|sharing*|social*|addthis*|sociable*|shareaholic*|follow|print"},
    {Kind::Subscribe, "newsletter*|subscribe*|subscription*|signup*|optin*|mailchimp*|paywall*|"
                      "registration"},
    {Kind::Cookie, "cookie*|consent*|gdpr*"},
    {Kind::Comment, "comment*|disqus*|replies|respond|discussion"},
    {Kind::Advertising, "ad|ads|advert*|advertisement*|adslot*|adsense*|dfp|gpt|sponsor*|promo*|"
                        "banner|doubleclick*"},
    {Kind::Byline, "byline*|author*|dateline|timestamp|meta|published|posted|date"},
    {Kind::Legal, "copyright*|disclaimer*|legal"},
    {Kind::Other, "modal*|popup*|overlay|sronly|screen|visually|caption|credit*"},
};
inline constexpr auto kNegativeTokens =
    expand_word_lists<ClassToken, word_count(kNegativeTokenLists)>(kNegativeTokenLists);

// Tokens that name chrome only loosely (page builders put "widget" on every section, themes
// write "entry-meta", "post-header", "has-sidebar"...). Inside the article region they count
// only for a container holding little of the region's text or mostly links.
inline constexpr std::string_view kWeakTokens[] = {
    "widget", "sidebar", "aside", "rail", "more", "read", "header", "meta", "date", "tag", "tags",
    "category", "categories", "caption", "credit", "hidden", "hide", "screen", "banner", "print",
    "follow", "social", "paywall", "search", "published", "posted", "timestamp", "teaser", "popular", "skip", "overlay",
    "modal", "popup", "visually", "sronly", "toolbar", "topbar", "legal", "masthead", "rail"};
inline constexpr double kWeakTokenMaxShare = 0.25;  // of the region's text
// Any other class token inside the region: a container holding more than this share of the
// region's text is the article itself wearing an odd class ("ads-wrapper", "tag-body").
// Comment sections are exempt: they can outgrow the article.
inline constexpr double kStrongTokenMaxShare = 0.5;

// Tokens that speak for article text (Readability's "positive"): a container carrying one
// gains weight, and a negative token on the same element is overruled ("post-sidebar-content"
// is still content).
inline constexpr std::string_view kPositiveTokens[] = {
    "article", "articlebody", "content", "entry", "post", "story", "main", "text", "body",
    "blog", "hentry", "prose", "richtext", "markdown", "paragraph", "news", "detail", "single",
    "artikel", "inhalt", "texte", "contenu", "testo", "cuerpo", "conteudo", "materia", "tekst"};

// Elements whose very tag names the chrome.
struct TagKind {
  std::string_view tag;
  Kind kind;
};
inline constexpr TagKind kNegativeTags[] = {
    {"nav", Kind::Navigation}, {"footer", Kind::Navigation}, {"aside", Kind::Related},
    {"header", Kind::Navigation}, {"dialog", Kind::Other},
    {"menu", Kind::Navigation}};

// ARIA roles with the same meaning.
inline constexpr TagKind kNegativeRoles[] = {
    {"navigation", Kind::Navigation}, {"contentinfo", Kind::Navigation},
    {"complementary", Kind::Related}, {"banner", Kind::Navigation},
    {"search", Kind::Navigation},     {"dialog", Kind::Other},
    {"alertdialog", Kind::Other},     {"menu", Kind::Navigation},
    {"menubar", Kind::Navigation}};

// ---- Phrases and chrome words ----------------------------------------------------------------
// The word tables (kPhrases, kChromeWords, kLegalMenuWords) are in classify/phrases.h,
// included above; their limits follow.
inline constexpr unsigned kChromeWordsMaxChars = 200;

inline constexpr int kWeakPhraseHits = 2;           // weak phrases needed to mark a block
inline constexpr unsigned kLabelMaxExtraChars = 3;  // "Related:" / "Featured Posts »" still a label
inline constexpr unsigned kStrongPhraseMaxChars = 600;
inline constexpr unsigned kLeadMaxChars = 80;
inline constexpr unsigned kWeakPhraseMaxChars = 500;

// ---- Candidate scoring (Readability's grabArticle, on blocks) -------------------------------
inline constexpr unsigned kMinParagraphChars = 25;   // shorter blocks give no score
inline constexpr int kAncestorLevels = 5;            // score reaches this far up
inline constexpr double kClassWeight = 25.0;         // positive / negative class tokens
inline constexpr double kSiblingThreshold = 0.2;     // siblings scoring >= 20% of the top join
inline constexpr double kMinSiblingScore = 10.0;
inline constexpr double kSiblingSameClassBonus = 0.2;  // of the top's score, for a sibling of its class
// A <p> beside the top joins the region when it holds this much text with few links.
inline constexpr double kSiblingParagraphMinChars = 80;
inline constexpr double kSiblingParagraphMaxLinkDensity = 0.25;
inline constexpr double kAlternativeRatio = 0.75;    // other candidates this close share a parent
inline constexpr int kMinAlternatives = 3;
// A block's own score: one point, one per comma, one per kScoreCharsPerPoint characters up to
// kScoreMaxLengthPoints; an ancestor `level` steps up gets it divided by 1, 2, then level * 3.
inline constexpr double kScoreCharsPerPoint = 100.0;
inline constexpr double kScoreMaxLengthPoints = 3.0;
inline constexpr double kScoreLevelDivisor = 3.0;
// Climbing from the top candidate, a scored parent under 1/kParentScoreDivisor of the last
// score ends the climb (Readability's lastScore / 3).
inline constexpr double kParentScoreDivisor = 3.0;
// What a container's tag says before its text is scored (Readability's initializeNode).
struct TagWeight {
  std::string_view tag;
  double weight;
};
inline constexpr TagWeight kTagWeights[] = {
    {"div", 5},      {"article", 10}, {"main", 5},  {"pre", 3},  {"td", 3},  {"blockquote", 3},
    {"address", -3}, {"ol", -3},      {"ul", -3},   {"dl", -3},  {"dd", -3}, {"dt", -3},
    {"li", -3},      {"form", -3},    {"h1", -5},   {"h2", -5},  {"h3", -5}, {"h4", -5},
    {"h5", -5},      {"h6", -5},      {"th", -5}};
// A first pass skips blocks under unlikely (negative-token) containers; when what it finds is
// shorter than this, scoring is redone with them (Readability's retry without flags).
inline constexpr unsigned kMinArticleChars = 400;

// ---- Block filters inside the article region ------------------------------------------------
inline constexpr double kMaxLinkDensity = 0.5;        // above: a link list, not prose
inline constexpr double kProseMaxLinkDensity = 0.8;   // long prose may link this much
inline constexpr unsigned kProseMinChars = 120;       // "long" for the rule above
inline constexpr double kProseMinStopDensity = 0.15;
inline constexpr unsigned kBylineMaxChars = 90;       // "By Jane Doe | May 3, 2024"
inline constexpr unsigned kShortBlockChars = 60;      // edges: short non-sentences are chrome
inline constexpr unsigned kGoodParagraphChars = 80;   // a paragraph that anchors the region
inline constexpr double kGoodMinStopDensity = 0.18;   // ... and reads like prose
inline constexpr double kParagraphMaxLinkDensity = 0.3;  // ... and is not a line of links
// A comment section may outgrow the article: no share of the region's text dismisses its token.
inline constexpr double kCommentTokenMaxShare = 2.0;
// A by-line opens with one of these (folded) and holds at most kBylineMaxWords words (text
// DOCs: kBylineLineMaxWords, a pasted line runs on less); a date line holds a date, at most
// kDateLineMaxWords words and kDateLineMaxStopwords function words.
inline constexpr std::string_view kBylinePrefixes[] = {
    "by ", "von ", "par ", "por ", "di ", "door ", "av ", "автор", "written by", "posted by", "posted on",
    "published", "updated", "last updated", "veröffentlicht", "aktualisiert", "publié", "mis à jour",
    "publicado"};
inline constexpr unsigned kBylineMaxWords = 20;
inline constexpr unsigned kBylineLineMaxWords = 12;
inline constexpr unsigned kDateLineMaxWords = 10;
inline constexpr unsigned kDateLineMaxStopwords = 2;
// Prose outside the region joins it across a gap of at most this much small stuff.
inline constexpr unsigned kMaxGapBlocks = 8;
inline constexpr unsigned kMaxGapChars = 400;
inline constexpr double kGapLinkLineDensity = 0.5;     // a gap block this linked is a link line
inline constexpr int kLeadMaxGapLinks = 2;             // before the region: an embed's "manage settings"
inline constexpr int kContinuationMaxGapLinks = 0;     // after it: none
// Prose outside the region that does not end a sentence still counts when this long.
inline constexpr unsigned kOutsideProseMinCharsUnended = 150;

// ---- Page type ---------------------------------------------------------------------------------
inline constexpr unsigned kArticleMinChars = 500;     // article text for an article page
inline constexpr unsigned kArticleMinParagraphs = 2;
inline constexpr unsigned kListingMinLinkBlocks = 12; // many teaser links and little prose
inline constexpr unsigned kListingMinTeasers = 3;     // linked headline + excerpt pairs in the region
inline constexpr unsigned kTeaserExcerptChars = 50;   // an excerpt under a teaser headline
inline constexpr unsigned kArticleMinRun = 3;         // consecutive article paragraphs of an article
inline constexpr double kLinkBlockMinDensity = 0.5;   // a link block (it also breaks a run) ...
inline constexpr unsigned kLinkBlockMinChars = 20;    // ... of at least this much text
inline constexpr double kTeaserTitleMinLinkDensity = 0.8;  // a teaser's linked headline
inline constexpr unsigned kTeaserTitleMinChars = 20;
inline constexpr unsigned kTeaserTitleMaxChars = 200;
inline constexpr std::size_t kTeaserExcerptWithin = 2;  // blocks after the headline
inline constexpr double kTeaserExcerptMaxLinkDensity = 0.3;

// ---- Headline --------------------------------------------------------------------------------
// The headline is found by matching blocks against the page title; a title is a line (news
// titles run to about 300 characters), so only its first bytes take part, which bounds the
// work of a page with a megabyte title and thousands of headings.
inline constexpr std::size_t kTitleMatchMaxBytes = 1024;
inline constexpr unsigned kHeadlineMinChars = 10;
inline constexpr int kHeadlineMaxLevel = 2;           // <h1> or <h2>

// ---- Text DOCs (classify_lines) ------------------------------------------------------------
// A pasted line is prose when it ends a sentence and is long enough for its script (CJK: in
// characters; no known language: in words), or holds enough function words.
inline constexpr unsigned kLineCjkProseMinChars = 40;
inline constexpr unsigned kLineUnknownProseMinWords = 12;
inline constexpr unsigned kLineProseMinWords = 8;
inline constexpr double kLineProseMinStopDensity = 0.2;
inline constexpr unsigned kLineProseUnendedMinWords = 25;
inline constexpr unsigned kLineShortSentenceMinWords = 3;  // a short sentence, not a label
// A menu pasted as one line: at least kMenuMinWords words and either kMenuMinBars "|" with
// fewer function words than kMenuBarsMaxStopDensity, or kMenuCapsMinWords words mostly
// capitalised (kMenuMinCapsShare) with fewer than kMenuCapsMaxStopDensity.
inline constexpr unsigned kMenuMinWords = 5;
inline constexpr std::size_t kMenuMinBars = 3;
inline constexpr double kMenuBarsMaxStopDensity = 0.2;
inline constexpr double kMenuCapsMaxStopDensity = 0.25;
inline constexpr double kMenuMinCapsShare = 0.8;
inline constexpr unsigned kMenuCapsMinWords = 6;
// ---- Learned model (learned.h) ---------------------------------------------------------------
// Below this many characters of text in all a page is a shell or an error page: the models were
// trained on pages with a main text, so the rules alone judge it.
inline constexpr std::size_t kLearnedMinPageChars = 200;

// ---- Blurbs (blurb.h) ----------------------------------------------------------------------
// A site's blurb greets, thanks or calls the reader, or praises the site, in a paragraph or
// two; an article paragraph reports an event. Only texts of this size are judged; the judgement
// itself is the learned model of blurb_model.inc (training/blurbs.py).
// Short lines are judged too ("Bis morgen, eure Redaktion!", "Additional reporting by Tom Aske."); below
// three words a line is a label, which the rules judge.
inline constexpr unsigned kBlurbMinChars = 15;
inline constexpr unsigned kBlurbMaxChars = 700;       // longer: an article talking to its reader
inline constexpr unsigned kBlurbMinWords = 3;
inline constexpr std::size_t kBlurbLabelMaxWords = 5;  // "Lesen Sie auch:", "Potrebbe interessarti anche:"
inline constexpr std::size_t kSiteNameMinChars = 4;   // shorter site names are common words


// ---- Language ----------------------------------------------------------------------------------
inline constexpr unsigned kLanguageMinHits = 8;       // stopword hits to trust a detection
inline constexpr double kDeclaredLanguageRatio = 0.5; // declared lang kept if >= half the best
inline constexpr unsigned kLanguageSampleChars = 12000;

}  // namespace winnow::classify::settings
