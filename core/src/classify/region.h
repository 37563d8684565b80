// Step 1 of classify_page: the article region, found by Readability's candidate scoring on
// blocks; covered by [classify] in tests/core and the tests/pages expected outputs.
#pragma once

#include <vector>

#include "classify/page_memo.h"

namespace winnow::classify {

struct Region {
  std::vector<char> node;   // per node: inside the region
  std::vector<char> holds;  // per node: holds (part of) the region, so is never chrome
  std::vector<char> block;  // per block: inside the region
  double chars = 0;         // text inside the region
};

// Each prose block credits the containers above it; the best container (and siblings that
// score close to it) is the region. Blocks under unlikely containers (negative class tokens)
// are left out of the scoring unless that leaves too little text. No region (all zero) when no
// block could be scored.
Region find_region(PageMemo& memo);

}  // namespace winnow::classify
