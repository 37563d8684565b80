// The reader's words for every classify::Reason (winnow/classify.h); covered by the expected
// outputs of tests/pages (tests/core/pages_expected.cpp), which hold every reason a page shows.
#include <string>

#include "winnow/classify.h"

namespace winnow::classify {
namespace {

// The words before and after a reason's detail (most reasons have none).
struct Words {
  const char* before;
  const char* after;
};

Words words_of(Reason code) {
  switch (code) {
    case Reason::None: return {"", ""};
    case Reason::ArticleParagraph: return {"article paragraph", ""};
    case Reason::InRegion: return {"in the article region", ""};
    case Reason::OutsideInContainer: return {"outside the article, in ", ""};
    case Reason::OutsideMostlyLinks: return {"outside the article, mostly links", ""};
    case Reason::OutsideRegion: return {"outside the article region", ""};
    case Reason::HeadlineRepeatsTitle: return {"the headline (repeats the page title)", ""};
    case Reason::HeadlineFirstHeading: return {"the headline (not article text)", ""};
    case Reason::ImageCaption: return {"an image caption", ""};
    case Reason::InsideContainer: return {"inside the article but in ", ""};
    case Reason::SectionLabel: return {"a section label (\"", "\")"};
    case Reason::ListedUnderLabel: return {"listed under a section label", ""};
    case Reason::SaysPhrase: return {"says \"", "\""};
    case Reason::MostlyLinkText: return {"mostly link text", ""};
    case Reason::FormControl: return {"a form control", ""};
    case Reason::Byline: return {"a by-line or date line", ""};
    case Reason::ShortBefore: return {"short text before the article's first paragraph", ""};
    case Reason::ShortAfter: return {"short text after the article's last paragraph", ""};
    case Reason::ProseBetween: return {"prose between article paragraphs", ""};
    case Reason::ArticleLead: return {"the article's lead, next to its region", ""};
    case Reason::ArticleContinuation: return {"the article's continuation after an ad slot", ""};
    case Reason::Separator: return {"no words (a separator)", ""};
    case Reason::RepeatsTitle: return {"repeats the title", ""};
    case Reason::Menu: return {"a menu: capitalised words, no sentence", ""};
    case Reason::ShortLineAmong: return {"short line among the article's paragraphs", ""};
    case Reason::ShortLineBefore: return {"short line before the article's first paragraph", ""};
    case Reason::ShortLineAfter: return {"short line after the article's last paragraph", ""};
    case Reason::SiteBlurb: return {"a site blurb: the site talking about itself or to the reader, no event", ""};
    case Reason::KeptByModel: return {"kept by the learned model (the rules said: ", ")"};
    case Reason::DroppedByModel: return {"the learned model: not the page's own text (", ")"};
  }
  return {"", ""};
}

// Codes whose words frame a detail.
bool takes_detail(Reason code) {
  switch (code) {
    case Reason::OutsideInContainer:
    case Reason::InsideContainer:
    case Reason::SectionLabel:
    case Reason::SaysPhrase:
    case Reason::KeptByModel:
    case Reason::DroppedByModel: return true;
    default: return false;
  }
}

}  // namespace

std::string reason_text(Reason code, std::string_view detail) {
  const Words w = words_of(code);
  const std::string_view before = w.before, after = w.after;
  if (!takes_detail(code)) return std::string(before);
  std::string out;
  out.reserve(before.size() + detail.size() + after.size());  // one allocation, not one per append
  out.append(before).append(detail).append(after);
  return out;
}

}  // namespace winnow::classify
