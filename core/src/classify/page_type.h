// Step 3 of classify_page: article, listing or other, from the judged blocks; covered by
// [classify] in tests/core and the tests/pages expected outputs (index pages are listings).
#pragma once

#include <vector>

#include "winnow/blocks.h"
#include "winnow/classify.h"

namespace winnow::classify {

// A listing (home page, "latest posts" index) alternates linked teaser titles with short
// excerpts and has no run of article paragraphs; an article has such a run even when
// related-story teasers sit in its container.
PageType rule_page_type(const std::vector<blocks::Block>& bl, const std::vector<Verdict>& verdicts,
                        const std::vector<char>& in_region);

}  // namespace winnow::classify
