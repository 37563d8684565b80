#include "classify/text_stats.h"

#include <unordered_map>

namespace winnow::classify {
namespace {

// Decodes one code point at s[i] (input is valid UTF-8: the adapters sanitise), advancing i.
char32_t next_cp(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  char32_t cp = c & (0x3F >> n);
  std::size_t end = i + 1 + n;
  if (end > s.size()) { i = s.size(); return 0xFFFD; }
  for (std::size_t k = i + 1; k < end; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[k]) & 0x3F);
  i = end;
  return cp;
}

void put_cp(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t lower_cp(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) ? c : c + 1;  // Latin Extended-A pairs (roughly)
  if (c >= 0x391 && c <= 0x3A9) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

bool is_upper_cp(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x410 && c <= 0x42F);
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FFFF);
}
bool is_kana(char32_t c) { return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF); }
bool is_hangul(char32_t c) {
  return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}

// Word characters: letters and digits of any script; punctuation and symbol blocks are not.
bool is_word_cp(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows, boxes
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE10 && c <= 0xFE6F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c >= 0xFF1A && c <= 0xFF20) return false;
  if (c >= 0xFF3B && c <= 0xFF40) return false;
  if (c >= 0xFF5B && c <= 0xFF65) return false;
  if (c >= 0x1F000) return c >= 0x20000;           // emoji: not words
  if (c == 0xFFFD) return false;
  return true;
}

bool is_sentence_end(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F ||
         c == 0x0964 || c == 0x061F;
}
bool is_closing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x300D ||
         c == 0x300F || c == 0xFF09 || c == ']';
}

struct Lexicon {
  std::vector<std::string> storage;
  std::unordered_map<std::string_view, std::uint16_t> masks;
  Lexicon() {
    const auto& lists = stopword_lists();
    storage.reserve(2048);
    for (std::size_t l = 0; l < lists.size(); ++l) {
      std::string_view w = lists[l].words;
      std::size_t i = 0;
      while (i < w.size()) {
        std::size_t j = w.find(' ', i);
        if (j == std::string_view::npos) j = w.size();
        if (j > i) {
          storage.emplace_back(w.substr(i, j - i));
        }
        i = j + 1;
      }
    }
    // second pass: storage no longer reallocates (reserved), build the map
    std::size_t k = 0;
    for (std::size_t l = 0; l < lists.size(); ++l) {
      std::string_view w = lists[l].words;
      std::size_t i = 0;
      while (i < w.size()) {
        std::size_t j = w.find(' ', i);
        if (j == std::string_view::npos) j = w.size();
        if (j > i) masks[storage[k++]] |= static_cast<std::uint16_t>(1u << l);
        i = j + 1;
      }
    }
  }
  std::uint16_t mask(std::string_view w) const {
    auto it = masks.find(w);
    return it == masks.end() ? 0 : it->second;
  }
};

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

// Calls f(folded_token, cp_of_first, is_cjk_char) for each word token.
template <class F>
void for_each_token(std::string_view s, F&& f) {
  std::string tok;
  std::size_t i = 0;
  char32_t first = 0;
  auto emit = [&] {
    if (!tok.empty()) f(std::string_view(tok), first, false);
    tok.clear();
  };
  while (i < s.size()) {
    unsigned char a = static_cast<unsigned char>(s[i]);
    if (a < 0x80) {  // ASCII fast path
      ++i;
      bool word = (a >= '0' && a <= '9') || ((a | 0x20) >= 'a' && (a | 0x20) <= 'z');
      if (word) {
        if (tok.empty()) first = a;
        tok += static_cast<char>(a >= 'A' && a <= 'Z' ? a + 32 : a);
      } else {
        emit();
      }
      continue;
    }
    char32_t c = next_cp(s, i);
    if (is_han(c) || is_kana(c)) {
      emit();
      std::string one;
      put_cp(one, c);
      f(std::string_view(one), c, true);
      continue;
    }
    if (is_word_cp(c)) {
      if (tok.empty()) first = c;
      put_cp(tok, lower_cp(c));
    } else {
      emit();
    }
  }
  emit();
}

}  // namespace

int language_index(std::string_view code) {
  std::size_t dash = code.find_first_of("-_");
  std::string primary = fold(code.substr(0, dash));
  const auto& lists = stopword_lists();
  for (std::size_t i = 0; i < lists.size(); ++i)
    if (primary == lists[i].lang) return static_cast<int>(i);
  return -1;
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {  // ASCII fast path
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    put_cp(out, lower_cp(next_cp(text, i)));
  }
  return out;
}

TextStats text_stats(std::string_view text, int lang) {
  TextStats st;
  const Lexicon& lex = lexicon();
  std::uint16_t bit = lang >= 0 ? static_cast<std::uint16_t>(1u << lang) : 0;
  for_each_token(text, [&](std::string_view tok, char32_t first, bool cjk) {
    ++st.words;
    if (cjk) {
      ++st.cjk;
      if (is_kana(first)) ++st.kana;
    } else {
      if (is_hangul(first)) ++st.hangul;
      if (is_upper_cp(first)) ++st.upper_initial;
      bool all_digits = true;
      for (char ch : tok)
        if (ch < '0' || ch > '9') { all_digits = false; break; }
      if (all_digits) ++st.digits;
    }
    if (bit && (lex.mask(tok) & bit)) ++st.stopwords;
  });
  // punctuation pass
  std::size_t i = 0;
  char32_t last = 0, before_last = 0;
  while (i < text.size()) {
    char32_t c = next_cp(text, i);
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

std::uint32_t count_commas(std::string_view text) {
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ',' || c == ';') {
      ++n;
    } else if (c == 0xEF && i + 2 < text.size()) {  // ，(EF BC 8C) ；(EF BC 9B)
      unsigned char a = static_cast<unsigned char>(text[i + 1]), b = static_cast<unsigned char>(text[i + 2]);
      n += a == 0xBC && (b == 0x8C || b == 0x9B);
    } else if (c == 0xE3 && i + 2 < text.size()) {  // 、(E3 80 81)
      n += static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0x81;
    } else if (c == 0xD8 && i + 1 < text.size()) {  // ، (D8 8C)
      n += static_cast<unsigned char>(text[i + 1]) == 0x8C;
    }
  }
  return n;
}

void language_evidence(std::string_view text, std::vector<std::uint32_t>& hits) {
  const Lexicon& lex = lexicon();
  const std::size_t n = stopword_lists().size();
  if (hits.size() < n + 3) hits.resize(n + 3, 0);
  for_each_token(text, [&](std::string_view tok, char32_t first, bool cjk) {
    if (cjk) {
      ++hits[n];
      if (is_kana(first)) ++hits[n + 1];
    } else if (is_hangul(first)) {
      ++hits[n + 2];
    }
    std::uint16_t m = lex.mask(tok);
    while (m) {
      int b = __builtin_ctz(m);
      ++hits[b];
      m &= static_cast<std::uint16_t>(m - 1);
    }
  });
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
