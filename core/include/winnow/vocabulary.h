// The words every stage shares: a block's label and kind, a page's type and finer kind, and
// their names in design.md's answers. A header of its own so that any stage (classify,
// templates, fingerprint, the bindings) may use them without the pipeline's header; the names
// are covered by [json] and [extract] in tests/core.
#pragma once

#include <cstdint>

namespace winnow {

enum class Label : std::uint8_t { Content, Boilerplate };

// The kind vocabulary of design.md.
enum class Kind : std::uint8_t {
  Article, Navigation, Related, Blurb, Share, Subscribe, Cookie, Legal, Byline, Comment,
  Advertising, Template, Other
};

enum class PageType : std::uint8_t { Article, Listing, Other };

// The finer type of a page (WCXB's seven types), learned from pages of each type. It maps to
// PageType: article -> Article; listing, collection -> Listing; the rest -> Other. `Other`: no
// text to judge (an empty page).
enum class PageKind : std::uint8_t { Article, Forum, Product, Collection, Listing, Documentation, Service, Other };

// design.md's names of each value ("content", "navigation", "listing", "documentation"...).
const char* label_name(Label l);
const char* kind_name(Kind k);
const char* page_type_name(PageType t);
const char* page_kind_name(PageKind k);

}  // namespace winnow
