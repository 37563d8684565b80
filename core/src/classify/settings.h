// Every tunable of the classifier in one place (style.md: Readability's named tables,
// trafilatura's settings.cfg). Each entry says why it is there.
#pragma once

#include <string_view>

#include "winnow/extract.h"

namespace winnow::classify::settings {

// ---- Class / id / role tokens --------------------------------------------------------------
// Class and id attributes are cut into tokens at non-letters and camelCase humps ("mainNav",
// "share-bar_top" -> main nav / share bar top). A token equal to `token` (or, for `prefix`
// entries, starting with it: "comments", "sharebar") names the kind of chrome the element
// holds. Tokens are matched, not substrings, so "header" never matches "ad" and "shadow"
// never matches "ad".
struct ClassToken {
  std::string_view token;
  Kind kind;
  bool prefix;
};
inline constexpr ClassToken kNegativeTokens[] = {
    {"nav", Kind::Navigation, true},      {"menu", Kind::Navigation, true},
    {"breadcrumb", Kind::Navigation, true}, {"pagination", Kind::Navigation, false},
    {"pager", Kind::Navigation, false},   {"masthead", Kind::Navigation, false},
    {"topbar", Kind::Navigation, false},  {"toolbar", Kind::Navigation, false},
    {"footer", Kind::Navigation, true},   {"header", Kind::Navigation, false},
    {"skip", Kind::Navigation, false},    {"tags", Kind::Navigation, false},
    {"tag", Kind::Navigation, false},     {"tagcloud", Kind::Navigation, false},
    {"categories", Kind::Navigation, false}, {"category", Kind::Navigation, false},
    {"sitemap", Kind::Navigation, false}, {"search", Kind::Navigation, false},
    {"sidebar", Kind::Related, true},     {"aside", Kind::Related, false},
    {"widget", Kind::Related, true},      {"rail", Kind::Related, false},
    {"related", Kind::Related, true},     {"recommended", Kind::Related, true},
    {"recommendation", Kind::Related, true}, {"recirc", Kind::Related, true},
    {"trending", Kind::Related, true},    {"popular", Kind::Related, true},
    {"mostread", Kind::Related, false},   {"outbrain", Kind::Related, true},
    {"taboola", Kind::Related, true},     {"teaser", Kind::Related, true},
    {"more", Kind::Related, false},       {"read", Kind::Related, false},
    {"share", Kind::Share, true},         {"sharing", Kind::Share, true},
    {"social", Kind::Share, true},        {"addthis", Kind::Share, true},
    {"sociable", Kind::Share, true},      {"shareaholic", Kind::Share, true},
    {"follow", Kind::Share, false},       {"print", Kind::Share, false},
    {"newsletter", Kind::Subscribe, true}, {"subscribe", Kind::Subscribe, true},
    {"subscription", Kind::Subscribe, true}, {"signup", Kind::Subscribe, true},
    {"optin", Kind::Subscribe, true},     {"mailchimp", Kind::Subscribe, true},
    {"paywall", Kind::Subscribe, true},   {"registration", Kind::Subscribe, false},
    {"cookie", Kind::Cookie, true},       {"consent", Kind::Cookie, true},
    {"gdpr", Kind::Cookie, true},
    {"comment", Kind::Comment, true},     {"disqus", Kind::Comment, true},
    {"replies", Kind::Comment, false},    {"respond", Kind::Comment, false},
    {"discussion", Kind::Comment, false},
    {"ad", Kind::Advertising, false},     {"ads", Kind::Advertising, false},
    {"advert", Kind::Advertising, true},  {"advertisement", Kind::Advertising, true},
    {"adslot", Kind::Advertising, true},  {"adsense", Kind::Advertising, true},
    {"dfp", Kind::Advertising, false},    {"gpt", Kind::Advertising, false},
    {"sponsor", Kind::Advertising, true}, {"promo", Kind::Advertising, true},
    {"banner", Kind::Advertising, false}, {"doubleclick", Kind::Advertising, true},
    {"byline", Kind::Byline, true},       {"author", Kind::Byline, true},
    {"dateline", Kind::Byline, false},    {"timestamp", Kind::Byline, false},
    {"meta", Kind::Byline, false},        {"published", Kind::Byline, false},
    {"posted", Kind::Byline, false},      {"date", Kind::Byline, false},
    {"copyright", Kind::Legal, true},     {"disclaimer", Kind::Legal, true},
    {"legal", Kind::Legal, false},
    {"modal", Kind::Other, true},         {"popup", Kind::Other, true},
    {"overlay", Kind::Other, false},      {"sronly", Kind::Other, false},
    {"screen", Kind::Other, false},       {"visually", Kind::Other, false},
    {"caption", Kind::Other, false},      {"credit", Kind::Other, true},
};

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

// ---- Phrases --------------------------------------------------------------------------------
// Site chrome that reads like prose: a block is judged by what it says. Matched on the
// case-folded text.
//  Label:  the block is (nearly) only this phrase, a section label such as "Featured Posts";
//          what follows it up to the next article paragraph is the labelled list.
//  Strong: one occurrence marks a block of up to kStrongPhraseMaxChars ("thank you for
//          visiting", "we use cookies").
//  Weak:   site self-reference ("our website", "our team"); kWeakPhraseHits of them mark a
//          block of up to kWeakPhraseMaxChars.
//  Lead:   the block starts with the phrase and is short (<= kLeadMaxChars): "Mehr zu X".
//  Start:  the block starts with the phrase, any length up to kStrongPhraseMaxChars
//          ("Abbildung 4: ..." figure captions).
enum class Strength { Label, Lead, Start, Strong, Weak };
struct Phrase {
  std::string_view text;
  Kind kind;
  Strength strength;
};
inline constexpr Phrase kPhrases[] = {
    // section labels (English and the other page languages)
    {"featured posts", Kind::Related, Strength::Label},   {"latest posts", Kind::Related, Strength::Label},
    {"latest news", Kind::Related, Strength::Label},      {"related articles", Kind::Related, Strength::Label},
    {"related posts", Kind::Related, Strength::Label},    {"related stories", Kind::Related, Strength::Label},
    {"related", Kind::Related, Strength::Label},          {"read more", Kind::Related, Strength::Label},
    {"read next", Kind::Related, Strength::Label},        {"more stories", Kind::Related, Strength::Label},
    {"more from", Kind::Related, Strength::Label},        {"you may also like", Kind::Related, Strength::Label},
    {"you might also like", Kind::Related, Strength::Label}, {"recommended", Kind::Related, Strength::Label},
    {"recommended for you", Kind::Related, Strength::Label}, {"most popular", Kind::Related, Strength::Label},
    {"most read", Kind::Related, Strength::Label},        {"trending", Kind::Related, Strength::Label},
    {"trending now", Kind::Related, Strength::Label},     {"popular posts", Kind::Related, Strength::Label},
    {"recent posts", Kind::Related, Strength::Label},     {"top stories", Kind::Related, Strength::Label},
    {"see also", Kind::Related, Strength::Label},         {"table of contents", Kind::Navigation, Strength::Label},
    {"article with toc", Kind::Navigation, Strength::Label}, {"contents", Kind::Navigation, Strength::Label},
    {"share this", Kind::Share, Strength::Label},         {"share this article", Kind::Share, Strength::Label},
    {"share this story", Kind::Share, Strength::Label},   {"share", Kind::Share, Strength::Label},
    {"share on facebook", Kind::Share, Strength::Label},  {"share on twitter", Kind::Share, Strength::Label},
    {"follow us", Kind::Share, Strength::Label},          {"comments", Kind::Comment, Strength::Label},
    {"leave a comment", Kind::Comment, Strength::Label},  {"leave a reply", Kind::Comment, Strength::Label},
    {"advertisement", Kind::Advertising, Strength::Label}, {"advertising", Kind::Advertising, Strength::Label},
    {"sponsored", Kind::Advertising, Strength::Label},    {"sponsored content", Kind::Advertising, Strength::Label},
    {"anzeige", Kind::Advertising, Strength::Label},      {"werbung", Kind::Advertising, Strength::Label},
    {"publicité", Kind::Advertising, Strength::Label},    {"publicidad", Kind::Advertising, Strength::Label},
    {"pubblicità", Kind::Advertising, Strength::Label},   {"publicidade", Kind::Advertising, Strength::Label},
    {"реклама", Kind::Advertising, Strength::Label},      {"reklama", Kind::Advertising, Strength::Label},
    {"advertentie", Kind::Advertising, Strength::Label},  {"keywords", Kind::Navigation, Strength::Label},
    {"tags", Kind::Navigation, Strength::Label},          {"topics", Kind::Navigation, Strength::Label},
    {"mehr zum thema", Kind::Related, Strength::Label},   {"das könnte sie auch interessieren", Kind::Related, Strength::Label},
    {"lire aussi", Kind::Related, Strength::Label},       {"à lire aussi", Kind::Related, Strength::Label},
    {"leer más", Kind::Related, Strength::Label},         {"leia também", Kind::Related, Strength::Label},
    {"leggi anche", Kind::Related, Strength::Label},      {"читайте также", Kind::Related, Strength::Label},
    {"czytaj także", Kind::Related, Strength::Label},     {"lees ook", Kind::Related, Strength::Label},
    {"newsletter", Kind::Subscribe, Strength::Label},     {"subscribe", Kind::Subscribe, Strength::Label},
    // strong: one occurrence is enough
    {"thank you for visiting", Kind::Blurb, Strength::Strong}, {"thanks for visiting", Kind::Blurb, Strength::Strong},
    {"welcome to your ultimate source", Kind::Blurb, Strength::Strong},
    {"your trusted source for", Kind::Blurb, Strength::Strong},
    {"bookmark our website", Kind::Blurb, Strength::Strong}, {"thank you for being part of", Kind::Blurb, Strength::Strong},
    {"thank you for reading", Kind::Blurb, Strength::Strong},
    {"subscribe to our newsletter", Kind::Subscribe, Strength::Strong},
    {"sign up for our newsletter", Kind::Subscribe, Strength::Strong},
    {"sign up for the newsletter", Kind::Subscribe, Strength::Strong},
    {"sign up to our newsletter", Kind::Subscribe, Strength::Strong},
    {"sign up for our", Kind::Subscribe, Strength::Strong}, {"delivered to your inbox", Kind::Subscribe, Strength::Strong},
    {"straight to your inbox", Kind::Subscribe, Strength::Strong}, {"enter your email", Kind::Subscribe, Strength::Strong},
    {"newsletter abonnieren", Kind::Subscribe, Strength::Strong},
    {"abonnez-vous à notre newsletter", Kind::Subscribe, Strength::Strong},
    {"we use cookies", Kind::Cookie, Strength::Strong},    {"this website uses cookies", Kind::Cookie, Strength::Strong},
    {"this site uses cookies", Kind::Cookie, Strength::Strong}, {"accept cookies", Kind::Cookie, Strength::Strong},
    {"accept all cookies", Kind::Cookie, Strength::Strong}, {"cookie policy", Kind::Cookie, Strength::Strong},
    {"use of cookies", Kind::Cookie, Strength::Strong},    {"verwendet cookies", Kind::Cookie, Strength::Strong},
    {"utilise des cookies", Kind::Cookie, Strength::Strong}, {"utiliza cookies", Kind::Cookie, Strength::Strong},
    {"all rights reserved", Kind::Legal, Strength::Strong}, {"alle rechte vorbehalten", Kind::Legal, Strength::Strong},
    {"tous droits réservés", Kind::Legal, Strength::Strong}, {"todos los derechos reservados", Kind::Legal, Strength::Strong},
    {"privacy policy", Kind::Legal, Strength::Strong},     {"terms of use", Kind::Legal, Strength::Strong},
    {"terms of service", Kind::Legal, Strength::Strong},   {"click here to", Kind::Other, Strength::Strong},
    {"leave a comment", Kind::Comment, Strength::Strong},  {"share this article", Kind::Share, Strength::Strong},
    {"follow us on", Kind::Share, Strength::Strong},       {"comments are closed", Kind::Comment, Strength::Strong},
    {"community guidelines", Kind::Comment, Strength::Strong}, {"related stories:", Kind::Related, Strength::Strong},
    {"recommended for you", Kind::Related, Strength::Weak}, {"trending now", Kind::Related, Strength::Weak},
    {"you may also like", Kind::Related, Strength::Weak},  {"sponsored content", Kind::Advertising, Strength::Weak},
    {"most read", Kind::Related, Strength::Weak},       {"min read", Kind::Byline, Strength::Strong},
    {"minute read", Kind::Byline, Strength::Strong},       {"minutes read", Kind::Byline, Strength::Strong},
    // image credits glued to captions
    {"credit:", Kind::Other, Strength::Strong},            {"photo:", Kind::Other, Strength::Strong},
    {"foto:", Kind::Other, Strength::Strong},              {"(foto", Kind::Other, Strength::Strong},
    {"bild:", Kind::Other, Strength::Strong},              {"image:", Kind::Other, Strength::Strong},
    {"photograph:", Kind::Other, Strength::Strong},        {"(quelle:", Kind::Other, Strength::Strong},
    {"abbildung", Kind::Other, Strength::Start},           {"bild anzeigen", Kind::Other, Strength::Lead},
    {"abb.", Kind::Other, Strength::Start},                {"foto:", Kind::Other, Strength::Start},
    // sites talking about themselves, in the page languages
    {"welcome to our website", Kind::Blurb, Strength::Strong}, {"welcome to our site", Kind::Blurb, Strength::Strong},
    {"willkommen auf unserer", Kind::Blurb, Strength::Strong}, {"bienvenue sur notre", Kind::Blurb, Strength::Strong},
    {"bienvenido a nuestro", Kind::Blurb, Strength::Strong}, {"benvenuti su", Kind::Blurb, Strength::Strong},
    {"witamy na stronie", Kind::Blurb, Strength::Strong},  {"bem-vindo ao", Kind::Blurb, Strength::Strong},
    {"meinung des autors", Kind::Legal, Strength::Strong}, {"opinion of the author", Kind::Legal, Strength::Strong},
    {"this entry was posted", Kind::Byline, Strength::Strong}, {"dieser eintrag wurde", Kind::Byline, Strength::Strong},
    {"nicht eingeloggt", Kind::Other, Strength::Strong},   {"you are not logged in", Kind::Other, Strength::Strong},
    {"síguenos en", Kind::Share, Strength::Strong},        {"siguenos en", Kind::Share, Strength::Strong},
    {"hazte miembro", Kind::Subscribe, Strength::Strong},  {"suscríbete", Kind::Subscribe, Strength::Strong},
    {"jetzt abonnieren", Kind::Subscribe, Strength::Strong}, {"abonnez-vous", Kind::Subscribe, Strength::Strong},
    {"iscriviti alla newsletter", Kind::Subscribe, Strength::Strong}, {"assine a newsletter", Kind::Subscribe, Strength::Strong},
    {"zapisz się", Kind::Subscribe, Strength::Strong},     {"подпишитесь", Kind::Subscribe, Strength::Strong},
    // labels followed by a topic: "Mehr zu Wärmepumpe", "More on Brexit"
    {"lesen sie auch", Kind::Related, Strength::Lead},     {"lesen sie mehr", Kind::Related, Strength::Lead},
    {"mehr zu", Kind::Related, Strength::Lead},            {"mehr zum", Kind::Related, Strength::Lead},
    {"more on", Kind::Related, Strength::Lead},            {"more from", Kind::Related, Strength::Lead},
    {"read more", Kind::Related, Strength::Lead},          {"read also", Kind::Related, Strength::Lead},
    {"explore further", Kind::Related, Strength::Lead},    {"weitere informationen", Kind::Related, Strength::Lead},
    {"weiterlesen", Kind::Related, Strength::Lead},        {"siehe auch", Kind::Related, Strength::Lead},
    {"lire aussi", Kind::Related, Strength::Lead},         {"lire la suite", Kind::Related, Strength::Lead},
    {"voir aussi", Kind::Related, Strength::Lead},         {"lee también", Kind::Related, Strength::Lead},
    {"leia mais", Kind::Related, Strength::Lead},          {"leggi anche", Kind::Related, Strength::Lead},
    {"czytaj też", Kind::Related, Strength::Lead},         {"czytaj także", Kind::Related, Strength::Lead},
    {"lees ook", Kind::Related, Strength::Lead},           {"читайте также", Kind::Related, Strength::Lead},
    {"siguenos en", Kind::Share, Strength::Lead},          {"síguenos en", Kind::Share, Strength::Lead},
    {"folgen sie uns", Kind::Share, Strength::Lead},       {"suivez-nous", Kind::Share, Strength::Lead},
    // weak: a site talking about itself
    {"our website", Kind::Blurb, Strength::Weak},   {"our site", Kind::Blurb, Strength::Weak},
    {"our team", Kind::Blurb, Strength::Weak},      {"our readers", Kind::Blurb, Strength::Weak},
    {"our news platform", Kind::Blurb, Strength::Weak}, {"our platform", Kind::Blurb, Strength::Weak},
    {"our community", Kind::Blurb, Strength::Weak}, {"growing community", Kind::Blurb, Strength::Weak},
    {"contact page", Kind::Blurb, Strength::Weak},  {"stay in the know", Kind::Blurb, Strength::Weak},
    {"stay informed", Kind::Blurb, Strength::Weak}, {"stay tuned", Kind::Blurb, Strength::Weak},
    {"don't miss", Kind::Blurb, Strength::Weak},    {"don’t miss", Kind::Blurb, Strength::Weak},
    {"join thousands", Kind::Blurb, Strength::Weak}, {"trusted source", Kind::Blurb, Strength::Weak},
    {"latest updates", Kind::Blurb, Strength::Weak}, {"check back", Kind::Blurb, Strength::Weak},
    {"love to hear from you", Kind::Blurb, Strength::Weak}, {"reach out", Kind::Blurb, Strength::Weak},
    {"keep you informed", Kind::Blurb, Strength::Weak}, {"curated", Kind::Blurb, Strength::Weak},
    {"never miss", Kind::Blurb, Strength::Weak},    {"latest headlines", Kind::Blurb, Strength::Weak},
    {"trending topics", Kind::Blurb, Strength::Weak}, {"real-time updates", Kind::Blurb, Strength::Weak},
    {"in-depth coverage", Kind::Blurb, Strength::Weak}, {"breaking news", Kind::Blurb, Strength::Weak},
    {"your inbox", Kind::Subscribe, Strength::Weak}, {"email address", Kind::Subscribe, Strength::Weak},
    {"sign up", Kind::Subscribe, Strength::Weak},   {"subscribe", Kind::Subscribe, Strength::Weak},
    {"newsletter", Kind::Subscribe, Strength::Weak}, {"unsubscribe", Kind::Subscribe, Strength::Weak},
    {"cookies", Kind::Cookie, Strength::Weak},      {"consent", Kind::Cookie, Strength::Weak},
    {"browsing experience", Kind::Cookie, Strength::Weak}, {"your preferences", Kind::Cookie, Strength::Weak},
    {"privacy", Kind::Cookie, Strength::Weak},      {"privatsphäre", Kind::Cookie, Strength::Weak},
    {"einverständnis", Kind::Cookie, Strength::Weak}, {"datenschutz", Kind::Cookie, Strength::Weak},
    {"zustimmung", Kind::Cookie, Strength::Weak},   {"confidentialité", Kind::Cookie, Strength::Weak},
    {"privacidad", Kind::Cookie, Strength::Weak},   {"third-party", Kind::Cookie, Strength::Weak},
    {"copyright", Kind::Legal, Strength::Weak},     {"©", Kind::Legal, Strength::Weak},
};
// ---- Chrome that says what it is ----------------------------------------------------------
// Blocks the page's structure placed in chrome (a menu, a sidebar, a footer, the edges of the
// article) take their kind from their own words when those are one of these: a footer's
// "Privacy policy" is legal, a "WhatsApp" button share. Matched on the case-folded block with
// its edge punctuation trimmed; `prefix` entries open a block of at most kChromeWordsMaxChars.
// Never applied to article text, where a heading may well be "Privacy".
struct ChromeWord {
  std::string_view text;
  Kind kind;
  bool prefix;
};
inline constexpr ChromeWord kChromeWords[] = {
    {"privacy", Kind::Legal, false},             {"privacy policy", Kind::Legal, false},
    {"privacy notice", Kind::Legal, false},      {"privacy settings", Kind::Legal, false},
    {"terms", Kind::Legal, false},               {"terms and conditions", Kind::Legal, false},
    {"terms & conditions", Kind::Legal, false},  {"terms of use", Kind::Legal, false},
    {"terms of service", Kind::Legal, false},    {"cookie policy", Kind::Legal, false},
    {"cookie settings", Kind::Legal, false},     {"cookie preferences", Kind::Legal, false},
    {"cookies", Kind::Legal, false},             {"imprint", Kind::Legal, false},
    {"impressum", Kind::Legal, false},           {"datenschutz", Kind::Legal, false},
    {"datenschutzerklärung", Kind::Legal, false}, {"agb", Kind::Legal, false},
    {"dmca", Kind::Legal, false},                {"disclaimer", Kind::Legal, false},
    {"accessibility", Kind::Legal, false},       {"legal", Kind::Legal, false},
    {"legal notice", Kind::Legal, false},        {"mentions légales", Kind::Legal, false},
    {"aviso legal", Kind::Legal, false},         {"copyright", Kind::Legal, false},
    {"©", Kind::Legal, true},                    {"copyright ©", Kind::Legal, true},
    {"facebook", Kind::Share, false},            {"twitter", Kind::Share, false},
    {"x", Kind::Share, false},                   {"whatsapp", Kind::Share, false},
    {"email", Kind::Share, false},               {"e-mail", Kind::Share, false},
    {"linkedin", Kind::Share, false},            {"pinterest", Kind::Share, false},
    {"reddit", Kind::Share, false},              {"telegram", Kind::Share, false},
    {"messenger", Kind::Share, false},           {"copy link", Kind::Share, false},
    {"share", Kind::Share, false},               {"print", Kind::Share, false},
    {"sign up", Kind::Subscribe, false},         {"subscribe", Kind::Subscribe, false},
    {"subscribe now", Kind::Subscribe, false},   {"newsletter", Kind::Subscribe, false},
    {"allow notifications", Kind::Subscribe, false}, {"get notifications", Kind::Subscribe, false},
    {"turn on notifications", Kind::Subscribe, true}, {"get the app", Kind::Subscribe, false},
    {"ad", Kind::Advertising, false},            {"ads", Kind::Advertising, false},
    {"advertisement", Kind::Advertising, false}, {"sponsored", Kind::Advertising, false},
    {"load more", Kind::Navigation, false},      {"show more", Kind::Navigation, false},
    {"back to top", Kind::Navigation, false},    {"skip to content", Kind::Navigation, false},
    {"posted in ", Kind::Navigation, true},      {"filed under", Kind::Navigation, true},
    {"categories:", Kind::Navigation, true},     {"category:", Kind::Navigation, true},
    {"previous post", Kind::Related, true},      {"next post", Kind::Related, true},
    {"previous article", Kind::Related, true},   {"next article", Kind::Related, true},
};
// A menu naming two or more of these is the legal footer ("About Contact Privacy Terms").
inline constexpr std::string_view kLegalMenuWords[] = {
    "privacy", "terms", "cookie", "cookies", "imprint", "impressum", "datenschutz", "disclaimer",
    "dmca", "copyright", "accessibility", "agb"};
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
inline constexpr double kAlternativeRatio = 0.75;    // other candidates this close share a parent
inline constexpr int kMinAlternatives = 3;
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
// Prose outside the region joins it across a gap of at most this much small stuff.
inline constexpr unsigned kMaxGapBlocks = 8;
inline constexpr unsigned kMaxGapChars = 400;

// ---- Page type ---------------------------------------------------------------------------------
inline constexpr unsigned kArticleMinChars = 500;     // article text for an article page
inline constexpr unsigned kArticleMinParagraphs = 2;
inline constexpr unsigned kListingMinLinkBlocks = 12; // many teaser links and little prose
inline constexpr unsigned kListingMinTeasers = 3;     // linked headline + excerpt pairs in the region
inline constexpr unsigned kTeaserExcerptChars = 50;   // an excerpt under a teaser headline
inline constexpr unsigned kArticleMinRun = 3;         // consecutive article paragraphs of an article

// ---- Headline --------------------------------------------------------------------------------
// The headline is found by matching blocks against the page title; a title is a line (news
// titles run to about 300 characters), so only its first bytes take part, which bounds the
// work of a page with a megabyte title and thousands of headings.
inline constexpr std::size_t kTitleMatchMaxBytes = 1024;
// ---- Learned model (learned.h) ---------------------------------------------------------------
// Below this many characters of text in all a page is a shell or an error page: the models were
// trained on pages with a main text, so the rules alone judge it.
inline constexpr std::size_t kLearnedMinPageChars = 200;

// ---- Blurbs (blurb.h) ----------------------------------------------------------------------
// A site's blurb greets, thanks or calls the reader, or praises the site, in a paragraph or
// two; an article paragraph reports an event. Set from what a blurb must hold, then checked on
// WCXB's gold article text (a blurb test that fires there marks the reader's text).
inline constexpr unsigned kBlurbMinChars = 30;
inline constexpr unsigned kBlurbMaxChars = 700;       // longer: an article talking to its reader
inline constexpr unsigned kBlurbMinWords = 6;
inline constexpr unsigned kBlurbMinPersonWords = 2;   // we / our / you: the site speaking to the reader
inline constexpr unsigned kBlurbMinSiteWords = 1;     // ... about itself, or greeting / calling
inline constexpr double kBlurbMinShare = 0.12;        // such words among all words
inline constexpr unsigned kBlurbMaxDigitsPer = 25;    // at most one number per this many words


// ---- Language ----------------------------------------------------------------------------------
inline constexpr unsigned kLanguageMinHits = 8;       // stopword hits to trust a detection
inline constexpr double kDeclaredLanguageRatio = 0.5; // declared lang kept if >= half the best
inline constexpr unsigned kLanguageSampleChars = 12000;

}  // namespace winnow::classify::settings
