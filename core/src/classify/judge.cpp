// judge_blocks (judge.h): one pass over the blocks in document order; covered by [classify] in
// tests/core and the tests/pages expected outputs.
#include "classify/judge.h"

#include <string>

#include "classify/byline.h"
#include "classify/chrome_names.h"
#include "classify/edges.h"
#include "classify/settings.h"
#include "common/substring.h"

namespace winnow::classify {
namespace {

using dom::NodeId;
using dom::kNone;
namespace S = settings;

// The judging pass, with what it carries from block to block.
class Judge {
 public:
  Judge(PageMemo& m, const Region& r, std::vector<Verdict>& v)
      : m_(m), region_(r), v_(v), folded_title_(title_for_matching(m.tree.title)) {}

  void run() {
    for (std::size_t i = 0; i < m_.bl.size(); ++i) {
      if (region_.block[i]) judge_inside(i);
      else judge_outside(i);
    }
    judge_edges(m_, region_, v_);
    // the headline above the article's container (judge_outside), when the article held none
    if (!headline_seen_ && outside_headline_ != kNoBlock && v_[outside_headline_].label == Label::Boilerplate) {
      Verdict& v = v_[outside_headline_] = Verdict{};
      v.mark(Kind::Other, Reason::HeadlineRepeatsTitle);
      v.headline = true;
    }
  }

 private:
  static constexpr std::size_t kNoBlock = static_cast<std::size_t>(-1);
  PageMemo& m_;
  const Region& region_;
  std::vector<Verdict>& v_;
  const std::string folded_title_;
  std::string folded_;  // the block judged inside, folded (its storage kept from block to block)
  bool headline_seen_ = false;
  bool seen_prose_ = false;
  std::size_t outside_headline_ = kNoBlock;
  Kind list_kind_ = Kind::Other;
  bool in_labelled_list_ = false;

  void judge_outside(std::size_t i);
  void judge_inside(std::size_t i);
  bool headline_inside(std::size_t i, std::string_view folded);
  bool in_chrome_container(std::size_t i, bool prose);
  bool by_section_label(std::size_t i, std::string_view folded, bool prose);
};

void Judge::judge_outside(std::size_t i) {
  const auto& b = m_.bl[i];
  Verdict& v = v_[i];
  in_labelled_list_ = false;
  // The headline often stands above the article's container: the first heading there that
  // names most of the title (a site's name in its header names a short part of it) is the
  // headline when the article's own blocks hold none (decided after the pass).
  if (outside_headline_ == kNoBlock && !headline_seen_ && !seen_prose_ && b.heading &&
      b.heading <= S::kHeadlineMaxLevel && !b.in_list && b.chars >= S::kHeadlineMinChars &&
      holds_most_of_title(fold(b.text), folded_title_))
    outside_headline_ = i;
  NodeId neg = m_.negative_ancestor(b.node, region_.holds);
  if (neg != kNone) {
    const NodeSignal& ns = m_.full_signal(neg);
    v.mark(ns.kind, Reason::OutsideInContainer, ns.why);
  } else if (b.link_density() > S::kMaxLinkDensity) {
    v.mark(b.in_list || b.chars < S::kShortBlockChars ? Kind::Navigation : Kind::Related, Reason::OutsideMostlyLinks);
  } else {
    v.mark(Kind::Other, Reason::OutsideRegion);
  }
  name_chrome(v, m_, i);
}

// The headline (repeats the page title): not article text. Div soup has no heading tags: there
// it is a block before the article's prose that opens the title and holds most of it. Failing
// that, the first <h1> before any prose.
bool Judge::headline_inside(std::size_t i, std::string_view folded) {
  const auto& b = m_.bl[i];
  auto repeats_title = [&] {
    if (headline_seen_ || b.chars < S::kHeadlineMinChars || folded_title_.empty()) return false;
    if (b.heading) return b.heading <= S::kHeadlineMaxLevel && contains(folded_title_, folded);
    return !seen_prose_ && holds_most_of_title(folded, folded_title_) && folded_title_.starts_with(folded);
  };
  if (repeats_title()) {
    v_[i].mark(Kind::Other, Reason::HeadlineRepeatsTitle);
  } else if (!b.in_figure && !headline_seen_ && b.heading == 1 && !seen_prose_) {
    v_[i].mark(Kind::Other, Reason::HeadlineFirstHeading);
  } else {
    return false;
  }
  headline_seen_ = true;
  v_[i].headline = true;
  return true;
}

// Inside the region, under a container whose tokens name chrome, unless the container holds
// much of the region (the article wearing an odd class) or the block is quoted or real prose.
bool Judge::in_chrome_container(std::size_t i, bool prose) {
  const auto& b = m_.bl[i];
  NodeId neg = m_.negative_ancestor(b.node, region_.holds);
  if (neg == kNone) return false;
  const Sig& ns = m_.signal(neg);
  double share = region_.chars > 0 ? m_.sub_chars[neg] / region_.chars : 1.0;
  double nld = m_.sub_chars[neg] > 0 ? m_.sub_links[neg] / m_.sub_chars[neg] : 0.0;
  double max_share = ns.weak                      ? S::kWeakTokenMaxShare
                     : ns.kind == Kind::Comment ? S::kCommentTokenMaxShare
                                                : S::kStrongTokenMaxShare;
  if (share > max_share && nld < S::kMaxLinkDensity) return false;
  // quoted embeds (tweets, posts) carry social class names but are quoted article text
  if (b.in_quote && (ns.kind == Kind::Share || ns.kind == Kind::Byline || ns.weak)) return false;
  // a loose token or an ad class around a real paragraph: the words win
  if ((ns.weak || ns.kind == Kind::Advertising) && prose && m_.stats(i).ends_sentence) return false;
  const NodeSignal& full = m_.full_signal(neg);
  v_[i].mark(full.kind, Reason::InsideContainer, full.why);
  return true;
}

// A section label, or a block of the list that follows one.
bool Judge::by_section_label(std::size_t i, std::string_view folded, bool prose) {
  PhraseHit label = match_label(folded);
  if (label.hit) {
    v_[i].mark(label.kind, Reason::SectionLabel, label.phrase);
    v_[i].named = true;
    list_kind_ = label.kind;
    // a list follows "Related" / "Featured Posts" / "Table of Contents"; an ad label or a
    // "Share" label stands alone
    in_labelled_list_ = label.kind == Kind::Related || label.kind == Kind::Navigation;
    return true;
  }
  if (!in_labelled_list_) return false;
  if (prose && !m_.bl[i].in_list) {
    in_labelled_list_ = false;
    return false;
  }
  v_[i].mark(list_kind_, Reason::ListedUnderLabel);
  v_[i].named = true;
  return true;
}

void Judge::judge_inside(std::size_t i) {
  const auto& b = m_.bl[i];
  Verdict& v = v_[i];
  const TextStats& t = m_.stats(i);
  const bool prose = reads_as_prose(b, t, kProseOrCjk, m_.lang);
  fold_into(b.text, folded_);
  const std::string_view folded = folded_;
  if (headline_inside(i, folded)) return;
  if (b.in_figure) return v.mark(Kind::Other, Reason::ImageCaption);
  if (prose) seen_prose_ = true;
  if (in_chrome_container(i, prose) || by_section_label(i, folded, prose)) return;
  PhraseHit ph = match_prose(folded, b.chars);
  if (ph.hit) {
    v.mark(ph.kind, Reason::SaysPhrase, ph.phrase);
    v.named = true;
    return;
  }
  const double ld = b.link_density();
  if (ld > S::kMaxLinkDensity &&
      !(b.chars >= S::kProseMinChars && ld <= S::kProseMaxLinkDensity && t.stop_density() >= S::kProseMinStopDensity))
    return v.mark(b.in_list ? Kind::Related : Kind::Navigation, Reason::MostlyLinkText);
  if (b.in_form) return v.mark(Kind::Other, Reason::FormControl);
  if (looks_like_byline(folded, b, t, S::kBylineMaxWords)) return v.mark(Kind::Byline, Reason::Byline);
  v.set_reason(prose ? Reason::ArticleParagraph : Reason::InRegion);
}

}  // namespace

std::string title_for_matching(std::string_view title) {
  std::string folded = fold(title);
  if (folded.size() <= S::kTitleMatchMaxBytes) return folded;
  std::size_t cut = S::kTitleMatchMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(folded[cut]) & 0xC0) == 0x80) --cut;
  folded.resize(cut);
  return folded;
}

bool holds_most_of_title(std::string_view folded, std::string_view folded_title) {
  return !folded_title.empty() && folded.size() * 2 >= folded_title.size() && contains(folded_title, folded);
}

void judge_blocks(PageMemo& memo, const Region& region, std::vector<Verdict>& verdicts) {
  Judge(memo, region, verdicts).run();
}

// Bytes a case fold may turn one byte into, at most (a capital's fold can be longer in UTF-8).
constexpr std::size_t kFoldGrowth = 3;

void mark_title_repeats(const dom::Tree& tree, const std::vector<blocks::Block>& bl, const Region& region,
                        std::vector<Verdict>& verdicts) {
  const std::string folded_title = title_for_matching(tree.title);
  if (folded_title.empty()) return;
  for (std::size_t i = 0; i < bl.size() && i < verdicts.size() && i < region.block.size(); ++i) {
    Verdict& v = verdicts[i];
    // content the model kept, or a block already dropped for a weaker reason ("short text after
    // the article's last paragraph"): the reader is told the truer one
    if (!region.block[i] || v.headline || (v.label != Label::Content && v.named)) continue;
    // a paragraph far longer than the title cannot fold into it: most blocks stop here unfolded
    if (bl[i].text.size() > kFoldGrowth * folded_title.size()) continue;
    const std::string folded = fold(bl[i].text);
    if (!holds_most_of_title(folded, folded_title) || !folded_title.starts_with(folded)) continue;
    v.mark(Kind::Other, Reason::RepeatsTitle);
    v.named = true;
  }
}

}  // namespace winnow::classify
