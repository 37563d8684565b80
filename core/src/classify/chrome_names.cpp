// name_chrome (chrome_names.h): what chrome's own words say it is; covered by [classify] in
// tests/core and the tests/pages expected outputs.
#include "classify/chrome_names.h"

#include <string>

#include "classify/byline.h"
#include "classify/settings.h"

namespace winnow::classify {
namespace {
namespace S = settings;

bool names_a_kind(const PhraseHit& h) { return h.hit && h.kind != Kind::Other && h.strength != S::Strength::Weak; }

// The first of the chrome words, a section label, a legal menu or a chrome phrase that names
// the block's kind (no hit when none does).
PhraseHit naming_words(std::string_view folded, const blocks::Block& b) {
  ChromeWordsHit cw = match_chrome_words(folded, b.chars);
  PhraseHit h = cw.words;
  if (!names_a_kind(h)) h = match_label(folded);
  const bool links = b.link_density() > S::kMaxLinkDensity;
  // a row of links to "Privacy", "Cookie policy", "Terms" is the legal footer, not a cookie prompt
  if (!names_a_kind(h) && links) h = cw.legal_menu;
  // the phrases that name chrome ("all rights reserved", "delivered to your inbox") are words apart
  if (!names_a_kind(h) && !links && folded.find(' ') != std::string::npos) h = match_prose(folded, b.chars);
  if (!names_a_kind(h)) h = cw.legal_menu;
  return h;
}

}  // namespace

void name_chrome(Verdict& v, PageMemo& memo, std::size_t i) {
  const blocks::Block& b = memo.bl[i];
  if (v.kind != Kind::Navigation && v.kind != Kind::Related && v.kind != Kind::Other) return;
  if (b.chars > S::kChromeWordsMaxChars) return;
  thread_local std::string folded;
  fold_into(b.text, folded);
  PhraseHit h = naming_words(folded, b);
  if (names_a_kind(h)) {
    // "Email" beside a text box asks for an address: a sign-up form, not a share button
    v.kind = h.kind == Kind::Share && b.in_form ? Kind::Subscribe : h.kind;
    v.named_as = Reason::SaysPhrase;
    v.reason += ", " + reason_text(Reason::SaysPhrase, h.phrase);
    v.named = true;
  } else if (v.kind == Kind::Other && opens_like_byline(folded, b, memo.stats(i), S::kBylineMaxWords)) {
    v.kind = Kind::Byline;
    v.named_as = Reason::Byline;
    v.reason += ", " + reason_text(Reason::Byline);
  }
}

}  // namespace winnow::classify
