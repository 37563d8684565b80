// rule_page_type (page_type.h); covered by [classify] in tests/core and the tests/pages
// expected outputs.
#include "classify/page_type.h"

#include <algorithm>

#include "classify/settings.h"

namespace winnow::classify {
namespace {
namespace S = settings;

// A linked teaser title in the region with an excerpt right under it.
bool teaser_at(const std::vector<blocks::Block>& bl, std::size_t i) {
  const auto& b = bl[i];
  if (b.link_density() <= S::kTeaserTitleMinLinkDensity || b.chars < S::kTeaserTitleMinChars ||
      b.chars > S::kTeaserTitleMaxChars)
    return false;
  for (std::size_t k = i + 1; k < bl.size() && k <= i + S::kTeaserExcerptWithin; ++k)
    if (bl[k].chars >= S::kTeaserExcerptChars && bl[k].link_density() < S::kTeaserExcerptMaxLinkDensity) return true;
  return false;
}

}  // namespace

PageType rule_page_type(const std::vector<blocks::Block>& bl, const std::vector<Verdict>& verdicts,
                        const std::vector<char>& in_region) {
  unsigned content_chars = 0, paragraphs = 0, link_blocks = 0, teasers = 0, run = 0, max_run = 0;
  for (std::size_t i = 0; i < bl.size(); ++i) {
    const auto& b = bl[i];
    const bool content = verdicts[i].label == Label::Content;
    if (b.link_density() > S::kLinkBlockMinDensity && b.chars >= S::kLinkBlockMinChars) ++link_blocks;
    if (in_region[i] && teaser_at(bl, i)) ++teasers;
    bool para = content && b.chars >= S::kGoodParagraphChars;
    if (para) max_run = std::max(max_run, ++run);
    else if (!content || b.link_density() > S::kLinkBlockMinDensity) run = 0;
    if (!content) continue;
    content_chars += b.chars;
    if (para) ++paragraphs;
  }
  bool no_run = max_run < S::kArticleMinRun;
  if ((teasers >= S::kListingMinTeasers && no_run) ||
      (content_chars < S::kArticleMinChars && link_blocks >= S::kListingMinLinkBlocks))
    return PageType::Listing;
  if (content_chars >= S::kArticleMinChars && paragraphs >= S::kArticleMinParagraphs) return PageType::Article;
  return PageType::Other;
}

}  // namespace winnow::classify
