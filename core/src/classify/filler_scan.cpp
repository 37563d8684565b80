// The paragraph scan of the filler judgement (filler_scan.h): tokens by a small UTF-8 walk,
// then phrases, vague words, specifics and stems from the token list.
#include "classify/filler_scan.h"

#include <algorithm>
#include <array>
#include <string>

namespace winnow::classify::filler_detail {
namespace {

struct Cp {
  std::uint32_t cp = 0;
  std::uint32_t len = 1;
};

Cp decode(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  std::uint32_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (i + len > s.size() || len == 1) return {0xFFFD, 1};
  std::uint32_t cp = b & (0x7F >> len);
  for (std::uint32_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return {cp, len};
}

constexpr bool is_letter(std::uint32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  return c >= 0x370 && c < 0x2000;  // Greek, Cyrillic and the other alphabets before punctuation
}
constexpr bool is_digit(std::uint32_t c) { return c >= '0' && c <= '9'; }
bool is_upper(std::uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 0;
  if (c >= 0x391 && c <= 0x3A9) return true;
  return c >= 0x400 && c <= 0x42F;
}
std::uint32_t lower(std::uint32_t c) {
  if (!is_upper(c)) return c;
  if (c < 0x80 || (c >= 0xC0 && c <= 0xDE) || (c >= 0x391 && c <= 0x3A9)) return c + 0x20;
  if (c >= 0x410) return c + 0x20;
  if (c >= 0x400) return c + 0x50;
  return c + 1;
}
void put(char*& out, std::uint32_t c) {
  if (c < 0x80) *out++ = static_cast<char>(c);
  else if (c < 0x800) { *out++ = static_cast<char>(0xC0 | (c >> 6)); *out++ = static_cast<char>(0x80 | (c & 0x3F)); }
  else {
    *out++ = static_cast<char>(0xE0 | (c >> 12));
    *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (c & 0x3F));
  }
}
bool is_apostrophe(std::uint32_t c) { return c == '\'' || c == 0x2019; }
bool opens_quote(std::uint32_t c) { return c == '"' || c == 0x201C || c == 0x201E || c == 0xAB; }
bool closes_quote(std::uint32_t c) { return c == '"' || c == 0x201D || c == 0x201C || c == 0xBB; }
bool ends_sentence(std::uint32_t c) { return c == '.' || c == '!' || c == '?' || c == ':'; }

// ASCII letters and digits: is_letter() or is_digit() of a one-byte code point.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> t{};
  for (std::uint32_t c = 0; c < 0x80; ++c) t[c] = is_letter(c) || is_digit(c);
  return t;
}();

struct Token {
  std::uint32_t begin = 0, end = 0;  // bytes of the page's text
  std::uint32_t low = 0, low_len = 0;  // bytes of the lower-cased copy
  bool cap = false, initial = false, digit = false, all_caps = false, inner_cap = false;
  bool follows_cap = false;  // the previous token, separated only by spaces, is capitalised
};

// Joins at apostrophes between letters, hyphens inside words and . or , between digits.
bool joins(std::string_view s, std::size_t i, Cp c, bool prev_digit) {
  if (i + c.len >= s.size()) return false;
  Cp next = decode(s, i + c.len);
  if (is_apostrophe(c.cp) || c.cp == '-') return is_letter(next.cp) || is_digit(next.cp);
  if (c.cp == '.' || c.cp == ',') return prev_digit && is_digit(next.cp);
  return false;
}

struct Tokens {
  std::vector<Token> list;
  std::string low;
  std::uint32_t quotes = 0;
};

// Reads the word or number at byte i into `tok` (its shape) and `low` (its lower-cased bytes, never
// more than the token's own: lower() keeps a code point's length); returns the byte after it.
std::size_t read_token(std::string_view s, std::size_t i, Token& tok, char*& low) {
  std::uint32_t letters = 0, uppers = 0;
  bool first = true, after_apostrophe = false;
  const auto take = [&](bool up, bool letter, bool digit) {
    if (first) tok.cap = up;
    else if (after_apostrophe && letters <= 2) tok.cap |= up;  // l'État, d'Orsay, O'Brien
    else if (up) tok.inner_cap = true;                          // GDL-Chef, McKinsey
    letters += letter;
    uppers += up;
    tok.digit |= digit;
    after_apostrophe = first = false;
  };
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (kAsciiAlnum[b]) {  // the common case, without decoding
      const bool up = b >= 'A' && b <= 'Z';
      take(up, b > '9', b <= '9');
      *low++ = static_cast<char>(up ? b + 0x20 : b);
      ++i;
      continue;
    }
    const Cp c = decode(s, i);
    if (is_letter(c.cp) || is_digit(c.cp)) {
      take(is_upper(c.cp), is_letter(c.cp), is_digit(c.cp));
      put(low, lower(c.cp));
    } else if (joins(s, i, c, tok.digit)) {
      *low++ = is_apostrophe(c.cp) ? '\'' : static_cast<char>(c.cp);
      after_apostrophe = is_apostrophe(c.cp);
    } else {
      break;
    }
    i += c.len;
  }
  tok.cap = tok.cap && !tok.digit;
  tok.all_caps = letters >= 2 && uppers == letters;
  return i;
}

void tokenize(std::string_view s, Tokens& t) {
  bool initial = true, in_quote = false, gap_only_spaces = false, prev_cap = false;
  std::uint32_t quote_words = 0;
  std::size_t i = 0;
  t.low.resize(s.size());  // room for every token's lower-cased bytes
  char* const low = t.low.data();
  char* out = low;
  while (i < s.size()) {
    Cp c = decode(s, i);
    if (!is_letter(c.cp) && !is_digit(c.cp)) {
      if (in_quote && closes_quote(c.cp)) {
        in_quote = false;
        if (quote_words >= kQuoteWords) ++t.quotes;
      } else if (!in_quote && opens_quote(c.cp)) {
        in_quote = true;
        quote_words = 0;
        initial = true;
      }
      if (ends_sentence(c.cp)) initial = true;
      if (c.cp != ' ' && c.cp != 0xA0) gap_only_spaces = false;
      i += c.len;
      continue;
    }
    Token tok;
    tok.begin = static_cast<std::uint32_t>(i);
    tok.low = static_cast<std::uint32_t>(out - low);
    tok.initial = initial;
    tok.follows_cap = gap_only_spaces && prev_cap;
    i = read_token(s, i, tok, out);
    tok.end = static_cast<std::uint32_t>(i);
    tok.low_len = static_cast<std::uint32_t>(out - low) - tok.low;
    t.list.push_back(tok);
    quote_words += in_quote;
    initial = false;
    gap_only_spaces = true;
    prev_cap = tok.cap && !tok.initial;
  }
  t.low.resize(static_cast<std::size_t>(out - low));
}

std::string_view low_of(const Tokens& t, const Token& k) { return {t.low.data() + k.low, k.low_len}; }

bool word_matches(const PhraseWord& w, std::string_view word) {
  return w.prefix ? word.substr(0, w.text.size()) == w.text : word == w.text;
}

// The longest phrase (stock or attribution) starting at token i, or null.
const Phrase* phrase_at(const Lexicon& lx, const Tokens& t, std::size_t i, std::uint64_t h) {
  if (!lx.starts.contains(h)) return nullptr;
  auto it = lx.first.find(h);
  if (it == lx.first.end()) return nullptr;
  const Phrase* best = nullptr;
  for (int p : it->second) {
    const auto& words = lx.phrases[p].words;
    if (i + words.size() > t.list.size() || (best && words.size() <= best->words.size())) continue;
    bool ok = true;
    for (std::size_t k = 1; k < words.size() && ok; ++k) ok = word_matches(words[k], low_of(t, t.list[i + k]));
    if (ok) best = &lx.phrases[p];
  }
  return best;
}

// A vague word, whole or by one of the table's stems (the prefix hash grows byte by byte).
bool vague(const Lexicon& lx, std::string_view w, std::uint64_t h) {
  if (lx.vague.contains(h)) return true;
  std::uint64_t p = word_hash({});
  std::size_t done = 0;
  for (std::uint8_t n : lx.prefix_lengths) {
    if (n > w.size()) break;
    for (; done < n; ++done) p = fnv_short_step(p, static_cast<unsigned char>(w[done]));
    if (lx.vague_prefix.contains(p)) return true;
  }
  return false;
}

// A name by its shape: capitalised where a sentence does not force it (in German, where
// every noun is capitalised: an acronym, an inner capital, or a second capitalised word).
bool is_name(const Token& k, bool german, bool heading, bool stop) {
  if (k.digit || stop || heading) return false;
  if (k.all_caps || k.inner_cap) return true;
  if (!k.cap || k.initial) return false;
  return !german || k.follows_cap;
}

// A number is its digits: "48-stündigen" and "48-stündige" give the same figure, "A614" stays whole.
std::string_view number_of(std::string_view w) {
  if (w.empty() || w[0] < '0' || w[0] > '9') return w;
  std::size_t n = 0;
  while (n < w.size() && ((w[n] >= '0' && w[n] <= '9') || w[n] == '.' || w[n] == ',')) ++n;
  return w.substr(0, n);
}

}  // namespace

void scan(std::string_view text, const Lexicon& lx, bool german, bool heading, Scan& out) {
  out.words = out.content = out.vague = out.stock = out.quotes = out.sources = 0;
  out.stock_begin = out.stock_end = 0;
  out.seen.clear();
  out.specs.clear();
  out.stems.clear();
  thread_local Tokens t;
  t.list.clear();
  t.low.clear();
  t.quotes = 0;
  tokenize(text, t);
  out.quotes = t.quotes;
  out.words = static_cast<std::uint32_t>(t.list.size());
  out.seen.reserve(t.list.size());
  std::size_t skip_until = 0;
  for (std::size_t i = 0; i < t.list.size(); ++i) {
    const Token& k = t.list[i];
    const std::string_view whole = low_of(t, k);
    std::string_view w = whole;
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.remove_suffix(2);
    const std::uint64_t h = word_hash(w);  // the whole word's hash too, and its stem's, when they are w
    out.seen.push_back(h);
    if (i >= skip_until) {
      if (const Phrase* ph = phrase_at(lx, t, i, w.size() == whole.size() ? h : word_hash(whole))) {
        std::size_t n = ph->words.size();
        if (ph->attribution) ++out.sources;
        else if (out.stock++ == 0) out.stock_begin = k.begin, out.stock_end = t.list[i + n - 1].end;
        skip_until = i + n;
      }
    }
    bool stop = lx.stop.contains(h);
    if (k.digit) {
      out.specs.push_back(word_hash(number_of(w)));
      out.seen.push_back(out.specs.back());
    }
    else if (is_name(k, german, heading, stop)) out.specs.push_back(h);
    if (stop || k.digit || w.size() < 3) continue;
    ++out.content;
    out.vague += vague(lx, w, h);
    out.stems.push_back(w.size() <= kStemBytes ? h : word_hash(w.substr(0, kStemBytes)));
  }
  std::sort(out.stems.begin(), out.stems.end());
  out.stems.erase(std::unique(out.stems.begin(), out.stems.end()), out.stems.end());
}

}  // namespace winnow::classify::filler_detail
