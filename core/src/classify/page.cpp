// classify_page (winnow/classify.h): the structural classifier for HTML pages and snapshots, in
// four steps, each in a file of its own; covered by [classify] in tests/core and the
// tests/pages expected outputs (tests/core/pages_expected.cpp).
//  1. the article region (region.h);
//  2. every block judged, the region's edges trimmed and joined (judge.h, edges.h, chrome_names.h);
//  3. the page type from what remains (page_type.h);
//  4. the learned model (learned.h) reads all of the above and has the last word, but for the
//     title repeated inside the article (judge.h).
#include "classify/judge.h"
#include "classify/learned.h"
#include "classify/page_memo.h"
#include "classify/page_type.h"
#include "classify/region.h"
#include "classify/repeats.h"
#include "winnow/classify.h"

namespace winnow::classify {

Result classify_page(const dom::Tree& tree, const std::vector<blocks::Block>& bl, std::string_view url,
                     FeatureRows* dump) {
  Result r;
  r.verdicts.resize(bl.size());
  const std::vector<std::uint32_t> first = first_same_text(bl);
  std::vector<WordCounts> words(bl.size());
  r.lang = detect_language(bl, tree.lang, first, words);
  if (bl.empty()) return r;
  const int li = language_index(r.lang);
  PageMemo memo(tree, bl, first, std::move(words), li);
  const Region region = find_region(memo);
  judge_blocks(memo, region, r.verdicts);
  r.type = rule_page_type(bl, r.verdicts, region.block);
  std::vector<TextStats> stats(bl.size());
  for (std::size_t i = 0; i < bl.size(); ++i) stats[i] = memo.stats(i);
  // the article as the rules read it: the region with the lead and the continuation they joined to it
  std::vector<char> article = region.block;
  for (std::size_t i = 0; i < bl.size(); ++i)
    article[i] |= r.verdicts[i].code == Reason::ArticleLead || r.verdicts[i].code == Reason::ArticleContinuation;
  const std::vector<std::vector<std::uint32_t>> terms = memo.take_terms();
  apply_learned(
      RuleView{tree, bl, r.verdicts, article, stats, memo.sub_chars, memo.sub_links, r.type, li, url, terms, first}, r,
      dump);
  mark_title_repeats(tree, bl, region, r.verdicts);
  return r;
}

}  // namespace winnow::classify
