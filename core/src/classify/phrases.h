// The classifier's word tables (phrases that name chrome, chrome words, legal menu words), part
// of settings.h (which includes this file; their limits are there). Covered by [classify] in
// tests/core and the tests/pages expected outputs.
#pragma once

#include <string_view>

#include "common/word_lists.h"
#include "winnow/vocabulary.h"

namespace winnow::classify::settings {

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
    {"tutti i diritti riservati", Kind::Legal, Strength::Strong}, {"riproduzione riservata", Kind::Legal, Strength::Strong},
    {"todos os direitos reservados", Kind::Legal, Strength::Strong}, {"alle rechten voorbehouden", Kind::Legal, Strength::Strong},
    {"wszelkie prawa zastrzeżone", Kind::Legal, Strength::Strong}, {"alle rettigheder forbeholdes", Kind::Legal, Strength::Strong},
    {"alla rättigheter förbehållna", Kind::Legal, Strength::Strong}, {"alle rettigheter reservert", Kind::Legal, Strength::Strong},
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
// its edge punctuation trimmed; `prefix` entries (a trailing '*', common/word_lists.h) open a
// block of at most kChromeWordsMaxChars.
// Never applied to article text, where a heading may well be "Privacy".
struct ChromeWord {
  std::string_view text;
  Kind kind;
  bool prefix;
};
inline constexpr WordList<Kind> kChromeWordLists[] = {
    {Kind::Legal, "privacy|privacy policy|privacy notice|privacy settings|terms|"
                  "terms and conditions|terms & conditions|terms of use|terms of service|"
                  "cookie policy|cookie settings|cookie preferences|cookies|imprint|impressum|"
                  "datenschutz|datenschutzerklärung|agb|dmca|disclaimer|accessibility|legal|"
                  "legal notice|mentions légales|aviso legal|copyright|©*|copyright ©*"},
    {Kind::Share, "facebook|twitter|x|whatsapp|email|e-mail|linkedin|pinterest|reddit|telegram|"
                  "messenger|copy link|share|print"},
    {Kind::Subscribe, "sign up|subscribe|subscribe now|newsletter|allow notifications|"
                      "get notifications|turn on notifications*|get the app"},
    {Kind::Advertising, "ad|ads|advertisement|sponsored"},
    {Kind::Navigation, "load more|show more|back to top|skip to content|posted in *|filed under*|"
                       "categories:*|category:*"},
    {Kind::Related, "previous post*|next post*|previous article*|next article*"},
};
inline constexpr auto kChromeWords =
    expand_word_lists<ChromeWord, word_count(kChromeWordLists)>(kChromeWordLists);
// A menu naming two or more of these is the legal footer ("About Contact Privacy Terms").
inline constexpr std::string_view kLegalMenuWords[] = {
    "privacy", "terms", "cookie", "cookies", "imprint", "impressum", "datenschutz", "disclaimer",
    "dmca", "copyright", "accessibility", "agb"};
}  // namespace winnow::classify::settings
