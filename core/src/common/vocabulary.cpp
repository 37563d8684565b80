// Names of the shared vocabulary (winnow/vocabulary.h) as design.md's answers spell them;
// covered by [json] and [extract] in tests/core.
#include "winnow/vocabulary.h"

namespace winnow {

const char* label_name(Label l) { return l == Label::Content ? "content" : "boilerplate"; }

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::Article: return "article";
    case Kind::Navigation: return "navigation";
    case Kind::Related: return "related";
    case Kind::Blurb: return "blurb";
    case Kind::Share: return "share";
    case Kind::Subscribe: return "subscribe";
    case Kind::Cookie: return "cookie";
    case Kind::Legal: return "legal";
    case Kind::Byline: return "byline";
    case Kind::Comment: return "comment";
    case Kind::Advertising: return "advertising";
    case Kind::Template: return "template";
    case Kind::Other: return "other";
  }
  return "other";
}

const char* page_type_name(PageType t) {
  switch (t) {
    case PageType::Article: return "article";
    case PageType::Listing: return "listing";
    case PageType::Other: return "other";
  }
  return "other";
}

const char* page_kind_name(PageKind k) {
  switch (k) {
    case PageKind::Article: return "article";
    case PageKind::Forum: return "forum";
    case PageKind::Product: return "product";
    case PageKind::Collection: return "collection";
    case PageKind::Listing: return "listing";
    case PageKind::Documentation: return "documentation";
    case PageKind::Service: return "service";
    case PageKind::Other: return "other";
  }
  return "other";
}

}  // namespace winnow
