// judge_edges (edges.h): trimming and joining at the article region's edges; covered by
// [classify] in tests/core and the tests/pages expected outputs.
#include "classify/edges.h"

#include <algorithm>

#include "classify/byline.h"
#include "classify/chrome_names.h"
#include "classify/settings.h"

namespace winnow::classify {
namespace {

using dom::NodeId;
using dom::kNone;
namespace S = settings;

Verdict article(Reason why) {
  Verdict v;  // content, an article paragraph
  v.set_reason(why);
  return v;
}

// The region's first and last paragraph that anchors it: [first, last], first == size when none.
std::pair<std::size_t, std::size_t> anchoring_paragraphs(PageMemo& m, const Region& region,
                                                         const std::vector<Verdict>& v) {
  std::size_t first = m.bl.size(), last = 0;
  for (std::size_t i = 0; i < m.bl.size(); ++i) {
    if (v[i].label != Label::Content || !region.block[i]) continue;
    if (!m.bl[i].heading && reads_as_prose(m.bl[i], m.stats(i), kProseAnyLanguage, m.lang)) {
      first = std::min(first, i);
      last = std::max(last, i);
    }
  }
  return {first, last};
}

// Edges: short non-prose before the first and after the last article paragraph; and prose
// stranded between article paragraphs but outside the region's container.
void trim_edges(PageMemo& m, const Region& region, std::vector<Verdict>& v) {
  auto [first, last] = anchoring_paragraphs(m, region, v);
  if (first >= m.bl.size()) return;
  for (std::size_t i = 0; i < m.bl.size(); ++i) {
    if (v[i].label != Label::Content || (i >= first && i <= last)) continue;
    if (m.bl[i].chars < S::kShortBlockChars && !m.stats(i).ends_sentence) {
      v[i].mark(Kind::Other, i < first ? Reason::ShortBefore : Reason::ShortAfter);
      name_chrome(v[i], m, i);
    }
  }
  for (std::size_t i = first + 1; i < last; ++i) {
    if (region.block[i] || v[i].label == Label::Content) continue;
    if (reads_as_prose(m.bl[i], m.stats(i), kProseStopwordsOnly, m.lang) && v[i].code == Reason::OutsideRegion &&
        v[i].named_as == Reason::None)
      v[i] = article(Reason::ProseBetween);
  }
}

// Walks from the region outwards over a gap of small things (by-lines, captions, embeds'
// stubs) to prose, which joins the article.
class Joiner {
 public:
  Joiner(PageMemo& m, const Region& r, std::vector<Verdict>& v) : m_(m), region_(r), v_(v) {}
  void extend(std::size_t j, int step, int max_links, bool need_ad, Reason why);

 private:
  PageMemo& m_;
  const Region& region_;
  std::vector<Verdict>& v_;

  bool good_outside(std::size_t j) {
    const auto& b = m_.bl[j];
    return reads_as_prose(b, m_.stats(j), kProseOrCjk, m_.lang) && !b.in_figure && !b.in_form &&
           (m_.stats(j).ends_sentence || b.chars > S::kOutsideProseMinCharsUnended);
  }
  // A chrome container of a telling kind ends the walk (weak tokens and <header> do not).
  bool blocked(std::size_t j) {
    NodeId neg = m_.negative_ancestor(m_.bl[j].node, region_.holds);
    if (neg == kNone) return false;
    const Sig& ns = m_.signal(neg);
    if (ns.weak || m_.tree.nodes[neg].tag == "header") return false;
    return !(ns.kind == Kind::Byline || ns.kind == Kind::Legal || ns.kind == Kind::Other);
  }
  bool is_ad(std::size_t j) {
    NodeId neg = m_.negative_ancestor(m_.bl[j].node, region_.holds);
    if (neg != kNone && m_.signal(neg).kind == Kind::Advertising) return true;
    PhraseHit h = match_label(fold(m_.bl[j].text));
    return h.hit && h.kind == Kind::Advertising;
  }
};

void Joiner::extend(std::size_t j, int step, int max_links, bool need_ad, Reason why) {
  const auto& bl = m_.bl;
  unsigned gap_chars = 0, gap_blocks = 0;
  int gap_links = 0;
  bool saw_ad = false;
  for (; j < bl.size(); j = static_cast<std::size_t>(static_cast<long>(j) + step)) {
    if (region_.block[j]) continue;
    if (is_ad(j)) {
      saw_ad = true;
      if (++gap_blocks > S::kMaxGapBlocks) break;
      continue;
    }
    if (blocked(j)) break;
    if (good_outside(j) && !match_prose(fold(bl[j].text), bl[j].chars).hit) {
      if (need_ad && !saw_ad) break;
      v_[j] = article(why);
      gap_chars = gap_blocks = 0;
      gap_links = 0;
      continue;
    }
    if (bl[j].link_density() >= S::kGapLinkLineDensity &&
        (++gap_links > max_links || bl[j].chars >= S::kShortBlockChars))
      break;
    gap_chars += bl[j].chars;
    if (++gap_blocks > S::kMaxGapBlocks || gap_chars > S::kMaxGapChars) break;
  }
}

// Contiguity: prose right before the region, with nothing but small things between, is the
// article's lead that the container missed. Only backwards, but for an ad slot: after the
// article come author bios, disclosures and teasers, which read like prose too; an ad may have
// broken the article's container.
void join_neighbours(PageMemo& m, const Region& region, std::vector<Verdict>& v) {
  std::size_t fr = m.bl.size(), lr = 0;
  for (std::size_t i = 0; i < m.bl.size(); ++i)
    if (region.block[i] && v[i].label == Label::Content) {
      fr = std::min(fr, i);
      lr = std::max(lr, i);
    }
  if (fr >= m.bl.size()) return;
  Joiner join(m, region, v);
  if (fr > 0) join.extend(fr - 1, -1, S::kLeadMaxGapLinks, false, Reason::ArticleLead);
  join.extend(lr + 1, +1, S::kContinuationMaxGapLinks, true, Reason::ArticleContinuation);
}

}  // namespace

void judge_edges(PageMemo& memo, const Region& region, std::vector<Verdict>& verdicts) {
  trim_edges(memo, region, verdicts);
  join_neighbours(memo, region, verdicts);
}

}  // namespace winnow::classify
