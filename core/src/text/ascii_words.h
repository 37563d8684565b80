// Word segmentation of pure-ASCII text without ICU: the root word-break rules of ICU 72
// (UAX #29 with ICU's tailoring: '@' is a letter, ':' does not join letters) restricted to
// ASCII, with the rule status ICU reports. Most news text is ASCII, and ICU's iterator (a
// UTF-16 copy, then a table-driven walk) was a quarter of the core's time on a page.
// tests/core/text_ascii_words.cpp checks it against ICU's own iterator: every ASCII string up to
// four characters from the characters the rules distinguish, random longer ones, and real text.
#pragma once

#include <cstdint>
#include <string_view>

#include <unicode/ubrk.h>

namespace winnow::text::detail {

enum class Ascii : std::uint8_t { Other, Letter, Digit, Underscore, MidNumLet, MidNum, Space, CR, LF, Newline };

constexpr Ascii ascii_class(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return Ascii::Letter;
  if (c >= '0' && c <= '9') return Ascii::Digit;
  switch (c) {
    case '_': return Ascii::Underscore;            // ExtendNumLet
    case '.': case '\'': return Ascii::MidNumLet;  // MidNumLet, Single_Quote
    case ',': case ';': return Ascii::MidNum;
    case ' ': return Ascii::Space;                 // WSegSpace (a tab is Other)
    case '\r': return Ascii::CR;
    case '\n': return Ascii::LF;
    case '\v': case '\f': return Ascii::Newline;
    default: return Ascii::Other;
  }
}

// Calls fn(begin, end, rule_status) for every segment of `s` (all ASCII), as ICU's root word
// iterator would, with offsets into `s`.
template <class Fn>
void ascii_words(std::string_view s, Fn&& fn) {
  const auto n = static_cast<std::int32_t>(s.size());
  auto cls = [&](std::int32_t i) { return i < n ? ascii_class(static_cast<unsigned char>(s[i])) : Ascii::Other; };
  auto wordish = [](Ascii c) { return c == Ascii::Letter || c == Ascii::Digit || c == Ascii::Underscore; };
  std::int32_t i = 0;
  while (i < n) {
    const Ascii c = cls(i);
    std::int32_t j = i + 1;
    std::int32_t status = UBRK_WORD_NONE;
    if (c == Ascii::CR) {
      if (cls(j) == Ascii::LF) ++j;  // WB3
    } else if (c == Ascii::Space) {
      while (cls(j) == Ascii::Space) ++j;  // WB3d
    } else if (wordish(c)) {
      // WB5, WB8-10, WB13a/b join any two of letter, digit, underscore; WB6/7 a letter, '.' or
      // '\'' and a letter; WB11/12 a digit, '.', '\'', ',' or ';' and a digit.
      Ascii last = c, before = Ascii::Other;
      for (;;) {
        const Ascii next = cls(j);
        if (wordish(next)) {
          before = last;
          last = next;
          ++j;
          continue;
        }
        const Ascii after = cls(j + 1);
        const bool letters = last == Ascii::Letter && next == Ascii::MidNumLet && after == Ascii::Letter;
        const bool digits = last == Ascii::Digit && (next == Ascii::MidNumLet || next == Ascii::MidNum) &&
                            after == Ascii::Digit;
        if (!letters && !digits) break;
        before = next;
        last = after;
        j += 2;
      }
      // ICU's status is the tag of the last rule the segment matched: a letter ends a word, a
      // digit a number; a closing underscore follows what precedes it; '_' alone is neither.
      if (last == Ascii::Letter) status = UBRK_WORD_LETTER;
      else if (last == Ascii::Digit) status = UBRK_WORD_NUMBER;
      else if (j - i > 1) status = before == Ascii::Digit ? UBRK_WORD_NUMBER : UBRK_WORD_LETTER;
    }
    fn(i, j, status);
    i = j;
  }
}

}  // namespace winnow::text::detail
