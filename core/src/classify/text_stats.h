// Text signals shared by both classifiers: per-block word statistics and stopword lookup over
// the ICU word tokens of the text layer (text::scan_words, the same segmentation and
// NFKC_Casefold as text::tokenize), and a cheap case folding of the common scripts for phrase
// and keyword matching.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/fold.h"
#include "text/stopwords.h"
#include "winnow/blocks.h"

namespace winnow::classify {

using text::StopwordList;  // the stopword tables live in the text layer (text/stopwords.h)
using text::stopword_lists;
using text::language_index;

struct TextStats {
  std::uint32_t words = 0;       // ICU Word/Number tokens (Han and hiragana: one per character)
  std::uint32_t cjk = 0;         // Han/kana characters
  std::uint32_t kana = 0;
  std::uint32_t hangul = 0;      // Hangul tokens
  std::uint32_t stopwords = 0;   // tokens in the page language's list (elided form: its head)
  std::uint32_t commas = 0;      // , ; and their CJK forms
  std::uint32_t sentences = 0;   // sentence-final punctuation followed by space or end
  std::uint32_t digits = 0;      // Number tokens
  std::uint32_t upper_initial = 0;  // Latin/Cyrillic words starting with a capital
  bool ends_sentence = false;    // last visible char is . ! ? … 。 ！ ？ or a closing quote after them
  double stop_density() const { return words ? static_cast<double>(stopwords) / words : 0.0; }
};

// The word tokens of one text counted once for every stopword list: what text_stats() and
// language_evidence() both need, so a page's blocks are segmented once (stats.stopwords is 0;
// stop[l] holds the hits of list l).
struct WordCounts {
  struct Listed {
    std::uint32_t term;   // hash_bytes32 of a word of some stopword list
    std::uint16_t lists;  // its lists' bits
  };
  TextStats stats;
  std::array<std::uint32_t, 16> stop{};
  std::vector<std::uint32_t> terms;  // hash_bytes32 of its words in no stopword list, in order (cohesion.h)
  std::vector<Listed> listed;        // its words in some list, content words in the others' languages
  bool done = false;
};
void count_words(std::string_view text, WordCounts& out);
// Block i's word counts, counted into `cache` on first use; a block whose text an earlier one has
// (first[i] < i, repeats.h first_same_text) reads that block's entry, and its own stays empty (an
// empty `first`: every block is counted).
const WordCounts& block_counts(const std::vector<blocks::Block>& bl, const std::vector<std::uint32_t>& first,
                               std::vector<WordCounts>& cache, std::size_t i);

// The content words of the counted text (cohesion.h), `wc.terms` moved out: its words that are no
// stopwords of language `lang` (index into stopword_lists()), or of any language when it is -1.
// "war", "die" and "son" are topic words of an English story, "den" and "till" of a German one.
std::vector<std::uint32_t> take_content_words(WordCounts& wc, int lang);

// Statistics of `text`; stopwords counted for language `lang` (index, -1 for none). The second
// form takes the text's word counts (count_words) and adds only the punctuation pass.
TextStats text_stats(std::string_view text, int lang);
TextStats text_stats(std::string_view text, int lang, const WordCounts& words);

// Stopword hits of `text` for every language (size = stopword_lists().size()), added to `hits`;
// also counts Han/kana characters and Hangul tokens into the last three slots (hits.size() + 3).
void language_evidence(std::string_view text, std::vector<std::uint32_t>& hits);
void language_evidence(const WordCounts& words, std::vector<std::uint32_t>& hits);

// detect_language() (winnow/classify.h) filling and reusing `cache` (one entry per block,
// computed on first use, by count_block) so the classifier does not segment the same blocks again.
std::string detect_language(const std::vector<blocks::Block>& blocks, std::string_view declared,
                            const std::vector<std::uint32_t>& first, std::vector<WordCounts>& cache);

// A date or time in (folded) text: a year 19xx/20xx, hh:mm, d.m.y or d/m/y, or a month name
// (en, de, fr, es, it, pt, nl abbreviations) in text that has digits.
bool has_date(std::string_view folded);

// The cheap case fold (common/fold.h), which the classifier's tables are matched with.
using winnow::fold;
using winnow::fold_into;

}  // namespace winnow::classify
