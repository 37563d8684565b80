// Classification: every block content | boilerplate with a kind and a reason, and the page's
// type. Two entries: the structural one for pages (tree + blocks), and the text-only one for
// text DOCs (pasted lines, no markup). Thresholds and word lists live in one place,
// core/src/classify/settings.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "winnow/blocks.h"
#include "winnow/dom.h"
#include "winnow/extract.h"

namespace winnow::classify {

struct Verdict {
  Label label = Label::Content;
  Kind kind = Kind::Article;
  std::string reason;
  bool headline = false;  // the page's headline: kept out of the article's text, yet not filler
};

struct Result {
  PageType type = PageType::Other;
  std::string lang;               // detected (or declared and confirmed) language code
  std::vector<Verdict> verdicts;  // one per block
};

// Blocks of an HTML page (or snapshot): structure + text signals.
Result classify_page(const dom::Tree& tree, const std::vector<blocks::Block>& blocks);

// Lines of a text DOC: text-only signals (phrases, stopwords, lists, contiguity).
Result classify_lines(std::string_view title, const std::vector<blocks::Block>& lines,
                      std::string_view declared_lang);

// Language of a text from stopword evidence and script: "en", "de", ..., "zh", "ja", or ""
// when nothing is conclusive. `declared` (e.g. "en-GB") wins when the text does not contradict it.
std::string detect_language(const std::vector<blocks::Block>& blocks, std::string_view declared);

}  // namespace winnow::classify
