// Signals read off one element (class/id/role/tag tokens) and off one block's words
// (the phrase tables), both driven by settings.h.
#pragma once

#include <string>
#include <string_view>

#include "classify/settings.h"
#include "winnow/dom.h"

namespace winnow::classify {

struct NodeSignal {
  bool negative = false;
  bool positive = false;
  bool weak = false;      // only a loose token (settings::kWeakTokens) made it negative
  Kind kind = Kind::Other;
  std::string why;  // "class 'share-bar'", "<nav>", "role=navigation"
};

// What an element's own tag, role, class and id say (ancestors not consulted).
NodeSignal node_signal(const dom::Node& node);

struct PhraseHit {
  bool hit = false;
  Kind kind = Kind::Other;
  settings::Strength strength = settings::Strength::Weak;
  std::string phrase;
};

// `folded` is the block's case-folded text. A Label hit needs the block to be the label
// alone (give or take punctuation); Strong one phrase; Weak kWeakPhraseHits of them.
PhraseHit match_label(std::string_view folded);
PhraseHit match_prose(std::string_view folded, unsigned chars);

// For a block already judged chrome by its place, what its own words say: `words`, one of
// settings::kChromeWords or a row of them of one kind ("Facebook Twitter Email"); `legal_menu`,
// two or more settings::kLegalMenuWords ("About Privacy Terms"). Nothing past kChromeWordsMaxChars.
struct ChromeWordsHit {
  PhraseHit words;
  PhraseHit legal_menu;
};
ChromeWordsHit match_chrome_words(std::string_view folded, unsigned chars);

}  // namespace winnow::classify
