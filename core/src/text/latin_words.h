// Word segmentation without ICU for text in ASCII and the commonest other characters of Latin-
// and Cyrillic-script news (accented letters, curly quotes, dashes, no-break space...): the
// root word-break rules of ICU 72 (UAX #29 with ICU's tailoring: '@' is a letter, ':' does not
// join letters) restricted to those characters, with the rule status ICU reports. ICU's iterator
// (a UTF-16 copy, then a table-driven walk) was a quarter of the core's time on a page, and one
// curly apostrophe sent a whole paragraph to it.
// tests/core/text_latin_words.cpp checks it against ICU's own iterator: every string up to four
// characters from the characters the rules distinguish, random longer ones, and real text.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include <unicode/ubrk.h>

#include "common/fold.h"
#include "winnow/text.h"

namespace winnow::text::detail {

// Word_Break classes as far as these characters need them; Unknown: a character outside the
// table (the text then goes to ICU).
enum class Wb : std::uint8_t { Other, Letter, Digit, Underscore, MidNumLet, MidNum, Space, CR, LF, Newline, Unknown };

constexpr Wb ascii_class(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return Wb::Letter;
  if (c >= '0' && c <= '9') return Wb::Digit;
  switch (c) {
    case '_': return Wb::Underscore;            // ExtendNumLet
    case '.': case '\'': return Wb::MidNumLet;  // MidNumLet, Single_Quote
    case ',': case ';': return Wb::MidNum;
    case ' ': return Wb::Space;                 // WSegSpace (a tab is Other)
    case '\r': return Wb::CR;
    case '\n': return Wb::LF;
    case '\v': case '\f': return Wb::Newline;
    default: return Wb::Other;
  }
}

// Beyond ASCII. Letters: Latin-1, Latin Extended-A and Cyrillic (ALetter; not Cyrillic's
// combining marks, which are Extend). Others: punctuation and
// symbols with no word-break role (not Extended_Pictographic: (c), (R) and TM join emoji
// sequences, and stay with ICU).
constexpr Wb wide_class(std::uint32_t cp) {
  if ((cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x400 && cp <= 0x481) ||
      (cp >= 0x48A && cp <= 0x4FF))
    return Wb::Letter;
  switch (cp) {
    case 0x2018: case 0x2019: return Wb::MidNumLet;  // curly single quotes, the apostrophe
    case 0xA0:                                       // no-break space (not WSegSpace)
    case 0xA3: case 0xA7: case 0xAB: case 0xB0: case 0xB1: case 0xBB: case 0xBF: case 0xD7: case 0xF7:
    case 0x2013: case 0x2014: case 0x201C: case 0x201D: case 0x201E: case 0x2020: case 0x2022:
    case 0x2026: case 0x2032: case 0x2033: case 0x20AC:
      return Wb::Other;
    default: return Wb::Unknown;
  }
}

struct Char {
  Wb cls;
  std::int32_t len;  // bytes
};

// ascii_class and wide_class of every one- and two-byte character, looked up by char_at (their
// range tests and switches, per character, were most of the segmentation's cost).
template <std::size_t N, class F>
constexpr std::array<Wb, N> wb_table(F f) {
  std::array<Wb, N> t{};
  for (std::size_t c = 0; c < N; ++c) t[c] = f(static_cast<std::uint32_t>(c));
  return t;
}
inline constexpr auto kAsciiWb = wb_table<0x80>([](std::uint32_t c) { return ascii_class(static_cast<unsigned char>(c)); });
inline constexpr auto kTwoByteWb = wb_table<0x800>(wide_class);
// The bytes that are an ASCII Letter (kAsciiWb), the commonest characters inside a word.
inline constexpr auto kAsciiLetter = [] {
  std::array<bool, 256> t{};
  for (unsigned c = 0; c < 0x80; ++c) t[c] = ascii_class(static_cast<unsigned char>(c)) == Wb::Letter;
  return t;
}();

// The class of the character at byte `i` of valid UTF-8 `s` (Other past the end).
inline Char char_at(std::string_view s, std::int32_t i) {
  const auto n = static_cast<std::int32_t>(s.size());
  if (i >= n) return {Wb::Other, 1};
  const auto c = static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
  if (c < 0x80) return {kAsciiWb[c], 1};
  auto cont = [&](std::int32_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[static_cast<std::size_t>(i + k)]) & 0x3F); };
  if ((c & 0xE0) == 0xC0 && i + 1 < n) return {kTwoByteWb[((c & 0x1Fu) << 6) | cont(1)], 2};
  if ((c & 0xF0) == 0xE0 && i + 2 < n) return {wide_class(((c & 0x0Fu) << 12) | (cont(1) << 6) | cont(2)), 3};
  return {Wb::Unknown, 1};
}

// True when every character of `s` (valid UTF-8) is one latin_words() knows (ASCII is passed
// over eight bytes at a time).
inline bool latin_words_cover(std::string_view s) {
  const auto n = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < n;) {
    i = static_cast<std::int32_t>(skip_ascii(s.data(), static_cast<std::size_t>(i), s.size()));
    if (i == n) break;
    const Char c = char_at(s, i);
    if (c.cls == Wb::Unknown) return false;
    i += c.len;
  }
  return true;
}

// Calls fn(begin, end, rule_status) for every segment of `s` (latin_words_cover(s) holds), as
// ICU's root word iterator would, with byte offsets into `s`.
template <class Fn>
void latin_words(std::string_view s, Fn&& fn) {
  const auto n = static_cast<std::int32_t>(s.size());
  auto wordish = [](Wb c) { return c == Wb::Letter || c == Wb::Digit || c == Wb::Underscore; };
  std::int32_t i = 0;
  while (i < n) {
    const Char c = char_at(s, i);
    std::int32_t j = i + c.len;
    std::int32_t status = UBRK_WORD_NONE;
    if (c.cls == Wb::CR) {
      if (char_at(s, j).cls == Wb::LF) ++j;  // WB3
    } else if (c.cls == Wb::Space) {
      while (j < n && char_at(s, j).cls == Wb::Space) ++j;  // WB3d
    } else if (wordish(c.cls)) {
      // WB5, WB8-10, WB13a/b join any two of letter, digit, underscore; WB6/7 a letter, a
      // MidNumLet and a letter; WB11/12 a digit, a MidNumLet or MidNum and a digit.
      Wb last = c.cls, before = Wb::Other;
      while (j < n) {
        if (kAsciiLetter[static_cast<unsigned char>(s[static_cast<std::size_t>(j)])]) {  // a run of them at once
          std::int32_t k = j + 1;
          while (k < n && kAsciiLetter[static_cast<unsigned char>(s[static_cast<std::size_t>(k)])]) ++k;
          before = k - j > 1 ? Wb::Letter : last;
          last = Wb::Letter;
          j = k;
          continue;
        }
        const Char next = char_at(s, j);
        if (wordish(next.cls)) {
          before = last;
          last = next.cls;
          j += next.len;
          continue;
        }
        const Char after = char_at(s, j + next.len);
        const bool letters = last == Wb::Letter && next.cls == Wb::MidNumLet && after.cls == Wb::Letter;
        const bool digits = last == Wb::Digit && (next.cls == Wb::MidNumLet || next.cls == Wb::MidNum) &&
                            after.cls == Wb::Digit;
        if (!letters && !digits) break;
        before = next.cls;
        last = after.cls;
        j += next.len + after.len;
      }
      // ICU's status is the tag of the last rule the segment matched: a letter ends a word, a
      // digit a number; a closing underscore follows what precedes it; '_' alone is neither.
      if (last == Wb::Letter) status = UBRK_WORD_LETTER;
      else if (last == Wb::Digit) status = UBRK_WORD_NUMBER;
      else if (j - i > 1) status = before == Wb::Digit ? UBRK_WORD_NUMBER : UBRK_WORD_LETTER;
    }
    fn(i, j, status);
    i = j;
  }
}

// The script of a word segment latin_words() found, as segment.cpp's classify() reads it from
// ICU: that of its first letter, Latin for ASCII letters and the leads C3-C5 (U+00C0-017F),
// Cyrillic for D0-D3 (U+0400-04FF); Common when it has none (digits, '_', '@' and the marks
// between letters are Common).
inline Script latin_word_script(std::string_view t) {
  for (const char ch : t) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : c >= 0xC3 && c <= 0xC5) return Script::Latin;
    if (c >= 0xD0 && c <= 0xD3) return Script::Cyrillic;
  }
  return Script::Common;
}

}  // namespace winnow::text::detail
