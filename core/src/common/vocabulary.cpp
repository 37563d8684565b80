// Names of the shared vocabulary (winnow/vocabulary.h) as design.md's answers spell them;
// covered by [json] and [extract] in tests/core.
#include "winnow/vocabulary.h"

#include "common/enum_names.h"

namespace winnow {

const char* label_name(Label l) { return l == Label::Content ? "content" : "boilerplate"; }

namespace {

constexpr EnumName<Kind> kKindNames[] = {
    {Kind::Article, "article"},   {Kind::Navigation, "navigation"}, {Kind::Related, "related"},
    {Kind::Blurb, "blurb"},       {Kind::Share, "share"},           {Kind::Subscribe, "subscribe"},
    {Kind::Cookie, "cookie"},     {Kind::Legal, "legal"},           {Kind::Byline, "byline"},
    {Kind::Comment, "comment"},   {Kind::Advertising, "advertising"}, {Kind::Template, "template"},
    {Kind::Other, "other"}};
static_assert(enum_names_complete(kKindNames, Kind::Other));

constexpr EnumName<PageType> kPageTypeNames[] = {
    {PageType::Article, "article"}, {PageType::Listing, "listing"}, {PageType::Other, "other"}};
static_assert(enum_names_complete(kPageTypeNames, PageType::Other));

constexpr EnumName<PageKind> kPageKindNames[] = {
    {PageKind::Article, "article"},       {PageKind::Forum, "forum"},     {PageKind::Product, "product"},
    {PageKind::Collection, "collection"}, {PageKind::Listing, "listing"},
    {PageKind::Documentation, "documentation"}, {PageKind::Service, "service"}, {PageKind::Other, "other"}};
static_assert(enum_names_complete(kPageKindNames, PageKind::Other));

}  // namespace

const char* kind_name(Kind k) { return enum_name(kKindNames, k); }
const char* page_type_name(PageType t) { return enum_name(kPageTypeNames, t); }
const char* page_kind_name(PageKind k) { return enum_name(kPageKindNames, k); }

}  // namespace winnow
