// Chrome naming for classify_page: a block its place made chrome takes a kind from its own
// words; covered by [classify] in tests/core and the tests/pages expected outputs.
#pragma once

#include <cstddef>

#include "classify/page_memo.h"
#include "winnow/classify.h"

namespace winnow::classify {

// A block its place made chrome of a general sort (a menu, a sidebar, outside the article, the
// article's edges) takes a kind from its own words when they name one: the footer's "Privacy
// policy" is legal, "WhatsApp" under the article share, "Posted on May 3 by ..." a by-line.
// (A bare date is left alone: out there it dates a teaser or says "since 1901".) Sets
// v.named_as and adds its words to v.reason when it names the block.
void name_chrome(Verdict& v, PageMemo& memo, std::size_t i);

}  // namespace winnow::classify
