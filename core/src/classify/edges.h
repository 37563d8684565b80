// The article region's edges, after every block is judged: short non-prose at its ends is
// chrome, prose just outside it is article; covered by [classify] in tests/core and the
// tests/pages expected outputs.
#pragma once

#include <vector>

#include "classify/page_memo.h"
#include "classify/region.h"
#include "winnow/classify.h"

namespace winnow::classify {

// Short non-prose before the first and after the last article paragraph becomes chrome;
// prose stranded between article paragraphs but outside the region's container becomes
// article; prose right before the region (a standfirst in <header>, a split body) and after
// it across an ad slot joins it.
void judge_edges(PageMemo& memo, const Region& region, std::vector<Verdict>& verdicts);

}  // namespace winnow::classify
