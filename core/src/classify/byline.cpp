// By-line and date-line tests shared by classify_page and classify_lines (byline.h); covered by
// [classify] in tests/core and the expected outputs of tests/pages.
#include "classify/byline.h"

namespace winnow::classify {
namespace {
namespace S = settings;

// Short, no sentence, not a table cell: what a by-line looks like before its words are read.
bool byline_sized(const blocks::Block& b, const TextStats& t) {
  return b.chars <= S::kBylineMaxChars && !t.ends_sentence && !b.in_table;
}

}  // namespace

bool opens_like_byline(std::string_view folded, const blocks::Block& b, const TextStats& t, unsigned max_words) {
  if (!byline_sized(b, t) || t.words > max_words) return false;
  for (std::string_view p : S::kBylinePrefixes)
    if (folded.starts_with(p)) return true;
  return false;
}

bool looks_like_byline(std::string_view folded, const blocks::Block& b, const TextStats& t, unsigned max_words) {
  return opens_like_byline(folded, b, t, max_words) ||
         (byline_sized(b, t) && t.words <= S::kDateLineMaxWords && t.stopwords <= S::kDateLineMaxStopwords &&
          has_date(folded));
}

}  // namespace winnow::classify
