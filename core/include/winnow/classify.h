// Classification: every block content | boilerplate with a kind and a reason, and the page's
// type. Two entries: the structural one for pages (tree + blocks), and the text-only one for
// text DOCs (pasted lines, no markup). Thresholds and word lists live in one place,
// core/src/classify/settings.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "winnow/blocks.h"
#include "winnow/dom.h"
#include "winnow/vocabulary.h"

namespace winnow::classify {

// Why a block was judged so. Control flow tests these codes; the reader's words (Verdict::reason)
// are derived from them by reason_text(), never the other way round.
enum class Reason : std::uint8_t {
  None,
  // structural rules (classify_page)
  ArticleParagraph, InRegion, OutsideInContainer, OutsideMostlyLinks, OutsideRegion,
  HeadlineRepeatsTitle, HeadlineFirstHeading, ImageCaption, InsideContainer, SectionLabel,
  ListedUnderLabel, SaysPhrase, MostlyLinkText, FormControl, Byline, ShortBefore, ShortAfter,
  ProseBetween, ArticleLead, ArticleContinuation,
  // text-only rules (classify_lines)
  Separator, RepeatsTitle, Menu, ShortLineAmong, ShortLineBefore, ShortLineAfter,
  // the learned model over the rules
  SiteBlurb, KeptByModel, DroppedByModel,
};

// The reader's words for `code`; `detail` (a container's description, a phrase, the rules'
// earlier reason) goes where the code's words have a place for it, and is ignored otherwise.
std::string reason_text(Reason code, std::string_view detail = {});

struct Verdict {
  Label label = Label::Content;
  Kind kind = Kind::Article;
  std::string reason;     // reason_text(code, ...) plus, when named_as is set, what named it
  Reason code = Reason::None;
  Reason named_as = Reason::None;  // chrome placed by structure that its own words then named
  bool headline = false;  // the page's headline: kept out of the article's text, yet not filler
  bool named = false;     // chrome named by its own words (a phrase, a section label and its list)

  // Sets code and reason (the label and kind are the caller's).
  void set_reason(Reason c, std::string_view detail = {}) {
    code = c;
    named_as = Reason::None;
    reason = reason_text(c, detail);
  }
  // Boilerplate of kind `k`, for reason `c`.
  void mark(Kind k, Reason c, std::string_view detail = {}) {
    label = Label::Boilerplate;
    kind = k;
    set_reason(c, detail);
  }
};

struct Result {
  PageType type = PageType::Other;
  PageKind kind = PageKind::Other;
  std::string lang;               // detected (or declared and confirmed) language code
  std::vector<Verdict> verdicts;  // one per block
};

// The learned model's input, for `winnow features` (training): one row per block.
struct FeatureRows {
  std::size_t cols = 0;
  std::vector<double> values;  // row-major, blocks.size() rows
  std::vector<double> blurb;   // the blurb model's inputs per block (blurb_feature_names())
};

// Blocks of an HTML page (or snapshot): the structural rules, then the learned model over
// what they found (its features dumped into `dump` when given). `url` lends the model the
// page's path words.
Result classify_page(const dom::Tree& tree, const std::vector<blocks::Block>& blocks,
                     std::string_view url = {}, FeatureRows* dump = nullptr);

// Column names of FeatureRows, in order.
const std::vector<std::string_view>& model_feature_names();

// Column names of FeatureRows::blurb, in order (training/blurbs.py).
const std::vector<std::string_view>& blurb_feature_names();

// The tokens the blurb model's word input reads in a text of a page at `url`, joined by spaces
// (training/blurbs.py fits that input's weights on them).
std::string blurb_gram_tokens(std::string_view text, std::string_view url);

// Lines of a text DOC: text-only signals (phrases, stopwords, lists, contiguity).
Result classify_lines(std::string_view title, const std::vector<blocks::Block>& lines,
                      std::string_view declared_lang);

// Language of a text from stopword evidence and script: "en", "de", ..., "zh", "ja", or ""
// when nothing is conclusive. `declared` (e.g. "en-GB") wins when the text does not contradict it.
std::string detect_language(const std::vector<blocks::Block>& blocks, std::string_view declared);

}  // namespace winnow::classify
