// One pass over a paragraph for the filler judgement: its words (lower-cased, hashed), the
// specifics it carries (numbers, names by shape, quotations), the stock phrases and vague
// words of its language, and its content stems for measuring restatement. Byte-level and
// allocation-light (the whole judgement must cost well under 0.1 ms a page); it reads Latin,
// Greek and Cyrillic letters, which is all the languages it judges need.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "classify/filler_lexicon.h"

namespace winnow::classify::filler_detail {

struct Scan {
  std::uint32_t words = 0;    // word and number tokens
  std::uint32_t content = 0;  // words that are not function words
  std::uint32_t vague = 0;    // content words in the language's vague list
  std::uint32_t stock = 0;    // stock phrases matched
  std::uint32_t quotes = 0;   // quotations of at least kQuoteWords words
  std::uint32_t sources = 0;  // attributions: words given to a source
  std::uint32_t stock_begin = 0, stock_end = 0;  // the first stock phrase, byte offsets
  std::vector<std::uint64_t> seen;   // every lower-cased word (what a later paragraph repeats)
  std::vector<std::uint64_t> specs;  // numbers and names (what would be new to a reader)
  std::vector<std::uint64_t> stems;  // content stems, sorted, unique
};

// Words inside quotation marks before the quotation counts as one (shorter: a scare quote).
inline constexpr std::uint32_t kQuoteWords = 3;
// Bytes of a content word kept as its stem ("closure"/"closures" -> "closu"): a crude,
// language-blind stemmer, enough to see one paragraph saying another's words again.
inline constexpr std::size_t kStemBytes = 5;

// `lx` gives the function words, phrases and vague words; `german` switches name-by-shape to
// German rules (every noun is capitalised there: a name is an acronym, a word with an inner
// capital, or two capitalised words in a row). `heading`: a subheading (title case: its
// capitals say nothing). `out` is reset and filled.
void scan(std::string_view text, const Lexicon& lx, bool german, bool heading, Scan& out);

}  // namespace winnow::classify::filler_detail
