// Step 2 of classify_page: every block judged from its place (the region, chrome containers)
// and its words; covered by [classify] in tests/core and the tests/pages expected outputs.
#pragma once

#include <string_view>
#include <vector>

#include "classify/page_memo.h"
#include "classify/region.h"
#include "winnow/classify.h"

namespace winnow::classify {

// Outside the region a block is chrome (its kind from the nearest telling container, its link
// density or its words); inside, boilerplate that sits in the article is still caught
// (containers marked share/newsletter/related inside the region, section labels and the lists
// under them, site blurbs, link lists, by-lines, the headline). Then the region's edges are
// trimmed and prose next to it joined (edges.h). Fills `verdicts` (one per block).
void judge_blocks(PageMemo& memo, const Region& region, std::vector<Verdict>& verdicts);

// After the learned pass: the page's title again inside the article (the title's opening, most of
// it), not the headline, is no text of the article's own (templates repeat it under the by-line
// and after the last paragraph), whether the model kept it or it was dropped unnamed. Kept out of
// the rules the model reads, so that the model is trained on the same rows with or without it.
void mark_title_repeats(const dom::Tree& tree, const std::vector<blocks::Block>& bl, const Region& region,
                        std::vector<Verdict>& verdicts);

// The folded title the blocks are matched against: its first kTitleMatchMaxBytes, whole
// characters (the matching is linear, this bounds how often a page can make it pay).
std::string title_for_matching(std::string_view title);

// A block that repeats most of the page title (folded both): a headline, where a site's name,
// which the title holds too, is a short part of it.
bool holds_most_of_title(std::string_view folded, std::string_view folded_title);

}  // namespace winnow::classify
