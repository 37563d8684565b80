// By-lines, date lines and prose as both classifiers read them (one definition each); covered
// by [classify] in tests/core and the expected outputs of tests/pages.
#pragma once

#include <string_view>

#include "classify/settings.h"
#include "classify/text_stats.h"
#include "winnow/blocks.h"

namespace winnow::classify {

// "By Jane Doe", "Posted on May 3, 2024 by ...": a short line, no sentence, not a table cell,
// opening with one of settings::kBylinePrefixes and holding at most `max_words` words.
bool opens_like_byline(std::string_view folded, const blocks::Block& b, const TextStats& t, unsigned max_words);

// opens_like_byline(), or a short dated line of few words ("May 3, 2024 | 4 min").
bool looks_like_byline(std::string_view folded, const blocks::Block& b, const TextStats& t, unsigned max_words);

// Which words make a paragraph read as prose besides its function words: a mostly CJK text
// (where function words are not counted), and any text of a page whose language is unknown.
struct ProseWords {
  bool cjk;
  bool unknown_language;
};
inline constexpr ProseWords kProseOrCjk{true, false};          // the usual test
inline constexpr ProseWords kProseAnyLanguage{true, true};     // anchoring the region's edges
inline constexpr ProseWords kProseStopwordsOnly{false, false}; // prose stranded outside the region

// A paragraph that reads as prose: long enough, few links, and enough function words (or
// `words` says what stands in for them). `lang` is the page's stopword list index (-1: none).
inline bool reads_as_prose(const blocks::Block& b, const TextStats& t, ProseWords words, int lang) {
  namespace S = settings;
  if (b.chars < S::kGoodParagraphChars || b.link_density() >= S::kParagraphMaxLinkDensity) return false;
  return t.stop_density() >= S::kGoodMinStopDensity || (words.cjk && t.cjk * 2 > t.words) ||
         (words.unknown_language && lang < 0);
}

}  // namespace winnow::classify
