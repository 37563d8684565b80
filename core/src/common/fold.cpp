// fold (common/fold.h); covered by [classify] (tests/core/classify_text_stats.cpp) and [templates].
#include "common/fold.h"

#include <array>

namespace winnow {
namespace {

// Writes cp as UTF-8 at p; returns the end.
char* put_cp(char* p, char32_t cp) {
  if (cp < 0x80) {
    *p++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *p++ = static_cast<char>(0xC0 | (cp >> 6));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *p++ = static_cast<char>(0xE0 | (cp >> 12));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *p++ = static_cast<char>(0xF0 | (cp >> 18));
    *p++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return p;
}

// Latin Extended-A: capitals on even code points but for U+0139-U+0148 and U+0179-U+017E, where
// the pairs shift by one (Ł U+0141 / ł U+0142, Ż U+017B / ż U+017C); Ÿ lowers to ÿ in Latin-1.
// İ (U+0130) keeps its dotless pair: its lower case is ASCII, and a two-byte letter stays two.
constexpr char32_t lower_latin_a(char32_t c) {
  if (c == 0x178) return 0xFF;
  const bool odd_capitals = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
  if (c == 0x138 || c == 0x149 || c == 0x17F) return c;  // ĸ, ŉ, ſ: no capital pair
  return (c & 1) == (odd_capitals ? 1u : 0u) ? c + 1 : c;
}

constexpr char32_t lower_cp(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F) return lower_latin_a(c);
  if (c >= 0x391 && c <= 0x3A9) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

// lower_cp of every code point a two-byte sequence holds (below U+0800); each folds to another
// below U+0800, so a two-byte sequence stays two bytes.
constexpr std::array<std::uint16_t, 0x800> kLower2 = [] {
  std::array<std::uint16_t, 0x800> t{};
  for (char32_t c = 0; c < 0x800; ++c) t[c] = static_cast<std::uint16_t>(lower_cp(c));
  return t;
}();
static_assert([] {
  for (char32_t c = 0x80; c < 0x800; ++c)
    if (kLower2[c] < 0x80 || kLower2[c] >= 0x800) return false;
  return true;
}());

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  fold_into(text, out);
  return out;
}

void fold_into(std::string_view text, std::string& out) {
  out.clear();
  fold_append(text, out);
}

void fold_append(std::string_view text, std::string& out) {
  // No code point folds to a longer sequence, and no sequence is read shorter than it is written
  // but one cut off at the end (U+FFFD, up to two bytes more): the output fits in this.
  const std::size_t at = out.size();
  out.resize(at + text.size() + 2);
  char* p = out.data() + at;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t run = skip_ascii(text.data(), i, text.size());
    if (run > i) {  // ASCII run: copied at once, then lowered in place
      std::memcpy(p, text.data() + i, run - i);
      lower_ascii(p, run - i);
      p += run - i;
      i = run;
      continue;
    }
    // the accented Latin, Greek and Cyrillic letters: looked up, not decoded, lowered and
    // encoded; a run of them (a word of Cyrillic) at once
    const std::size_t from = i;
    for (unsigned char lead, next; i + 1 < text.size() && (lead = static_cast<unsigned char>(text[i])) >= 0xC2 &&
                                   lead < 0xE0 && ((next = static_cast<unsigned char>(text[i + 1])) & 0xC0) == 0x80;
         i += 2) {
      const std::uint16_t low = kLower2[(lead & 0x1Fu) << 6 | (next & 0x3Fu)];
      *p++ = static_cast<char>(0xC0 | (low >> 6));
      *p++ = static_cast<char>(0x80 | (low & 0x3F));
    }
    if (i == from) p = put_cp(p, lower_cp(next_code_point(text, i)));
  }
  out.resize(static_cast<std::size_t>(p - out.data()));
}

}  // namespace winnow
