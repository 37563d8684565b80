// Text signals shared by both classifiers: a fast word splitter (ASCII/Latin/Cyrillic words,
// Han and kana one character per token, the way text::tokenize cuts them), case folding of
// the common scripts, stopword lookup, and per-block statistics.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::classify {

struct StopwordList {
  const char* lang;
  const char* words;  // space separated, lower case
};
const std::vector<StopwordList>& stopword_lists();

// Index into stopword_lists() for a language code ("en", "de-AT" -> "de"), or -1.
int language_index(std::string_view code);

struct TextStats {
  std::uint32_t words = 0;       // word tokens (a Han/kana character counts as one)
  std::uint32_t cjk = 0;         // Han/kana characters
  std::uint32_t kana = 0;
  std::uint32_t hangul = 0;
  std::uint32_t stopwords = 0;   // tokens in the page language's list
  std::uint32_t commas = 0;      // , ; and their CJK forms
  std::uint32_t sentences = 0;   // sentence-final punctuation followed by space or end
  std::uint32_t digits = 0;      // tokens made only of digits
  std::uint32_t upper_initial = 0;  // Latin/Cyrillic words starting with a capital
  bool ends_sentence = false;    // last visible char is . ! ? … 。 ！ ？ or a closing quote after them
  double stop_density() const { return words ? static_cast<double>(stopwords) / words : 0.0; }
};

// Statistics of `text`; stopwords counted for language `lang` (index, -1 for none).
TextStats text_stats(std::string_view text, int lang);

// Commas and their kin only (a cheap pass for candidate scoring).
std::uint32_t count_commas(std::string_view text);

// Stopword hits of `text` for every language (size = stopword_lists().size()), added to `hits`;
// also counts CJK/kana/hangul characters into the last three slots (hits.size() + 3).
void language_evidence(std::string_view text, std::vector<std::uint32_t>& hits);

// A date or time in (folded) text: a year 19xx/20xx, hh:mm, d.m.y or d/m/y, or a month name
// (en, de, fr, es, it, pt, nl abbreviations) in text that has digits.
bool has_date(std::string_view folded);

// Lower-cases ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic letters (enough for
// keyword tables and stopwords; the ICU casefold is for fingerprints).
std::string fold(std::string_view text);

}  // namespace winnow::classify
