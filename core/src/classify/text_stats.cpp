// Word statistics, stopwords, language evidence, dates and the cheap case fold of text_stats.h;
// covered by tests/core/classify_text_stats.cpp.
#include "classify/text_stats.h"

#include <array>
#include <utility>

#include "common/hash.h"
#include "common/word_table.h"
#include "winnow/text.h"

namespace winnow::classify {
namespace {

using text::Script;

bool is_cjk(Script s) { return s == Script::Han || s == Script::Hiragana || s == Script::Katakana; }
bool is_kana(Script s) { return s == Script::Hiragana || s == Script::Katakana; }

// A Latin, Cyrillic or Greek word whose first letter is a capital: its first code point is not
// its own case fold (the token's `norm`, so the ICU fold decides, not a second case table).
bool upper_initial(const text::WordRef& w) {
  if (w.script != Script::Latin && w.script != Script::Cyrillic && w.script != Script::Greek) return false;
  std::size_t i = 0, j = 0;
  return next_code_point(w.text, i) != next_code_point(w.norm, j);
}

bool is_sentence_end(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F ||
         c == 0x0964 || c == 0x061F;
}
// ASCII bytes that are no mark text_stats() counts or looks back at.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> t{};
  for (unsigned c = 0; c < 0x80; ++c) t[c] = std::string_view(",;.!?\"')]").find(static_cast<char>(c)) == std::string_view::npos;
  return t;
}();

// `last` and `before_last` as they stand after the characters of `run` but spaces, read one by one.
void last_two_visible(std::string_view run, char32_t& last, char32_t& before_last) {
  unsigned found = 0;
  for (std::size_t k = run.size(); k-- > 0 && found < 2;) {
    if (run[k] == ' ') continue;
    if (found++ == 0) {
      before_last = last;  // unless a second one turns up below
      last = static_cast<unsigned char>(run[k]);
    } else {
      before_last = static_cast<unsigned char>(run[k]);
    }
  }
}

bool is_closing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x300D ||
         c == 0x300F || c == 0xFF09 || c == ']';
}

// Stopwords keyed by their NFKC_Casefold (the form of text::WordRef::norm), each with a bit
// per language list in the low 16 bits and above them its hash_bytes32, the hash of the content
// words it is one of in the other languages (take_content_words).
struct Lexicon {
  std::vector<std::string> storage;
  WordTable<std::uint64_t> entries;
  Lexicon() {
    const auto& lists = stopword_lists();
    std::vector<std::pair<std::string, std::uint16_t>> words;
    for (std::size_t l = 0; l < lists.size(); ++l) {
      std::string_view w = lists[l].words;
      std::size_t i = 0;
      while (i < w.size()) {
        std::size_t j = w.find(' ', i);
        if (j == std::string_view::npos) j = w.size();
        if (j > i) words.emplace_back(text::normalize(w.substr(i, j - i)), static_cast<std::uint16_t>(1u << l));
        i = j + 1;
      }
    }
    storage.reserve(words.size());  // no reallocation: the map keys view into storage
    for (auto& [word, bit] : words) {
      storage.push_back(std::move(word));
      entries.add(storage.back(), std::uint64_t{hash_bytes32(storage.back())} << 16 | bit);
    }
  }
  std::uint64_t entry(std::string_view w) const { return entries.find(w); }
  // A token's entry (its stopword bits: low 16): the whole token, or for an elided form (qu'il,
  // l'on, it's: ICU keeps a word with an inner apostrophe whole) the part before the apostrophe.
  // `term` is left the token's content word in every language: none for a stopword, the part
  // after an elided one ("l'économie": "économie").
  std::uint64_t token_entry(std::string_view norm, std::string_view& term) const {
    term = {};
    std::uint64_t m = entry(norm);
    if (m) return m;
    term = norm;
    // an apostrophe is ' or ’ (E2 80 99): a word of ASCII without ' has none (most words)
    if (every_word(norm.data(), norm.size(), [](std::uint64_t w) {
          return !(w & 0x8080808080808080ull) && !(ascii_bytes_at_least(w, '\'') & ~ascii_bytes_at_least(w, '\'' + 1));
        }))
      return 0;
    std::size_t k = norm.find('\'');
    std::size_t skip = 1;
    if (k == std::string_view::npos) {
      k = norm.find("\xE2\x80\x99");  // ’
      skip = 3;
    }
    m = k != std::string_view::npos && k > 0 ? entry(norm.substr(0, k)) : 0;
    if (m) term = norm.substr(k + skip);
    return m;
  }
};

// Shorter words tell no topic ("tv", "eu", single letters); numbers do at any length.
constexpr std::size_t kMinTermBytes = 3;
// Room for a block's content words at once: a word term and the byte after it take four bytes
// at the least, so the list grows only in text of short numbers.
constexpr std::size_t kMinBytesPerTerm = 4;

// Room for a block's stopwords at once, made with the first: "the " and "and " take four bytes
// each, and stopwords are about half of prose's words (growing one by one costs more than all else
// take_content_words adds).
void add_listed(WordCounts& wc, std::size_t text_bytes, WordCounts::Listed w) {
  if (wc.listed.empty()) wc.listed.reserve(text_bytes / (2 * kMinBytesPerTerm) + 1);
  wc.listed.push_back(w);
}

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

}  // namespace

void count_words(std::string_view text, WordCounts& wc) {
  wc = WordCounts{};
  wc.terms.reserve((text.size() + kMinBytesPerTerm - 1) / kMinBytesPerTerm);
  const Lexicon& lex = lexicon();
  TextStats& st = wc.stats;
  text::for_each_word(text, [&](const text::WordRef& w) {
    ++st.words;
    if (is_cjk(w.script)) {
      const std::uint32_t n = text::code_points(w.text);
      st.cjk += n;
      if (is_kana(w.script)) st.kana += n;
    } else if (w.script == Script::Hangul) {
      ++st.hangul;
    } else if (upper_initial(w)) {
      ++st.upper_initial;
    }
    if (w.kind == text::TokenKind::Number) ++st.digits;
    std::string_view term;
    const std::uint64_t e = lex.token_entry(w.norm, term);
    auto m = static_cast<std::uint16_t>(e);
    if (term.size() >= kMinTermBytes || (w.kind == text::TokenKind::Number && !term.empty()))
      wc.terms.push_back(hash_bytes32(term));
    else if (term.empty() && w.norm.size() >= kMinTermBytes)  // a stopword: a content word in the other languages
      add_listed(wc, text.size(), {static_cast<std::uint32_t>(e >> 16), m});
    while (m) {
      ++wc.stop[static_cast<std::size_t>(__builtin_ctz(m))];
      m &= static_cast<std::uint16_t>(m - 1);
    }
  });
  wc.done = true;
}

const WordCounts& block_counts(const std::vector<blocks::Block>& bl, const std::vector<std::uint32_t>& first,
                               std::vector<WordCounts>& cache, std::size_t i) {
  const std::size_t j = i < first.size() ? first[i] : i;
  if (!cache[j].done) count_words(bl[j].text, cache[j]);
  return cache[j];
}

std::vector<std::uint32_t> take_content_words(WordCounts& wc, int lang) {
  std::vector<std::uint32_t> out = std::move(wc.terms);
  if (lang < 0 || static_cast<std::size_t>(lang) >= wc.stop.size()) return out;
  const auto bit = static_cast<std::uint16_t>(1u << lang);
  for (const WordCounts::Listed& w : wc.listed)
    if (!(w.lists & bit)) out.push_back(w.term);
  return out;
}

TextStats text_stats(std::string_view text, int lang) {
  WordCounts wc;
  count_words(text, wc);
  return text_stats(text, lang, wc);
}

TextStats text_stats(std::string_view text, int lang, const WordCounts& wc) {
  TextStats st = wc.stats;
  st.stopwords = lang >= 0 && static_cast<std::size_t>(lang) < wc.stop.size() ? wc.stop[static_cast<std::size_t>(lang)] : 0;
  // punctuation pass
  std::size_t i = 0;
  char32_t last = 0, before_last = 0;
  while (i < text.size()) {
    if (kPlain[static_cast<unsigned char>(text[i])]) {  // a run of plain ASCII: no mark to count
      std::size_t end = i + 1;
      const auto plain = [&](std::size_t k) { return kPlain[static_cast<unsigned char>(text[k])]; };
      while (end + 4 <= text.size() && plain(end) && plain(end + 1) && plain(end + 2) && plain(end + 3)) end += 4;
      while (end < text.size() && plain(end)) ++end;
      last_two_visible(text.substr(i, end - i), last, before_last);
      i = end;
      continue;
    }
    char32_t c = next_code_point(text, i);
    if (c == ',' || c == ';' || c == 0xFF0C || c == 0x3001 || c == 0xFF1B || c == 0x060C) ++st.commas;
    if (is_sentence_end(c)) {
      std::size_t j = i;
      if (j >= text.size() || text[j] == ' ' || c >= 0x3000) ++st.sentences;
    }
    if (c != ' ') {
      before_last = last;
      last = c;
    }
  }
  st.ends_sentence = is_sentence_end(last) || (is_closing(last) && is_sentence_end(before_last));
  return st;
}

void language_evidence(const WordCounts& wc, std::vector<std::uint32_t>& hits) {
  const std::size_t n = stopword_lists().size();
  if (hits.size() < n + 3) hits.resize(n + 3, 0);
  for (std::size_t l = 0; l < n; ++l) hits[l] += wc.stop[l];
  hits[n] += wc.stats.cjk;
  hits[n + 1] += wc.stats.kana;
  hits[n + 2] += wc.stats.hangul;
}

void language_evidence(std::string_view text, std::vector<std::uint32_t>& hits) {
  WordCounts wc;
  count_words(text, wc);
  language_evidence(wc, hits);
}

// A date or time in a short line: a year 19xx/20xx, hh:mm, d.m.y / d/m/y, or a month name
// next to a number.
bool has_date(std::string_view f) {
  static constexpr std::string_view kMonths[] = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "januar", "februar",
      "märz", "mai", "juni", "juli", "okt", "dez", "janv", "févr", "mars", "avr", "juin", "juil", "août", "sept",
      "déc", "ene", "abr", "ago", "dic", "gen", "mag", "giu", "lug", "set", "ott", "fev", "out", "dez", "mei", "okt"};
  bool digit = false;
  for (std::size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c < '0' || c > '9') continue;
    digit = true;
    std::size_t j = i;
    while (j < f.size() && f[j] >= '0' && f[j] <= '9') ++j;
    std::size_t len = j - i;
    if (len == 4 && (f.compare(i, 2, "19") == 0 || f.compare(i, 2, "20") == 0)) return true;
    if (len <= 2 && j + 2 < f.size() && f[j] == ':' && f[j + 1] >= '0' && f[j + 1] <= '9') return true;
    if (len <= 2 && j + 1 < f.size() && (f[j] == '.' || f[j] == '/') && f[j + 1] >= '0' && f[j + 1] <= '9') {
      std::size_t k = j + 1;
      while (k < f.size() && f[k] >= '0' && f[k] <= '9') ++k;
      if (k < f.size() && (f[k] == '.' || f[k] == '/') && k + 1 < f.size() && f[k + 1] >= '0' && f[k + 1] <= '9')
        return true;
    }
    i = j;
  }
  if (!digit) return false;
  std::size_t i = 0;
  while (i < f.size()) {
    std::size_t j = i;
    while (j < f.size() && f[j] != ' ' && f[j] != ',' && f[j] != '.') ++j;
    std::string_view w = f.substr(i, j - i);
    for (auto m : kMonths)
      if (w == m || (w.size() > m.size() && w.size() <= 9 && w.substr(0, m.size()) == m && m.size() >= 3 &&
                     (w.size() - m.size()) <= 6 && w.find_first_of("0123456789") == std::string_view::npos &&
                     m.size() == 3))
        return true;
    i = j + 1;
  }
  return false;
}

}  // namespace winnow::classify
