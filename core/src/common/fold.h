// A cheap case folding of the common scripts for keyword tables, stopwords and template keys
// (the ICU casefold is for fingerprints), and the UTF-8 step it walks with; covered by
// [classify] (tests/core/classify_text_stats.cpp) and [templates].
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "common/words8.h"

namespace winnow {

// Decodes one code point at s[i] (input is valid UTF-8: the adapters sanitise), advancing i.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
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

// ASCII digits, and ASCII letters and digits (any byte of a longer character is neither).
constexpr bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || ascii_digit(c); }

// Index of the first byte at or after i of p[0..n) that is not ASCII (n when none), 8 bytes at a
// time; the last fewer than eight are read in the word of p[n-8..n) (bytes are little-endian: the
// lowest set high bit is the first such byte).
inline std::size_t skip_ascii(const char* p, std::size_t i, std::size_t n) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  std::uint64_t w;
  for (; i + 8 <= n; i += 8) {
    std::memcpy(&w, p + i, 8);
    if (w & kHigh) return i + static_cast<std::size_t>(__builtin_ctzll(w & kHigh)) / 8;
  }
  if (i == n) return n;
  if (n < 8) {
    while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
    return i;
  }
  std::memcpy(&w, p + n - 8, 8);
  const std::uint64_t high = (w & kHigh) >> (8 * (i - (n - 8)));  // the bytes from i on
  return high ? i + static_cast<std::size_t>(__builtin_ctzll(high)) / 8 : n;
}

// For eight ASCII bytes in `w` (each below 0x80): the high bit of each byte that is at least
// `k` (k <= 0x80). Adding 0x80 - k to a byte below 0x80 never carries into the next byte.
constexpr std::uint64_t ascii_bytes_at_least(std::uint64_t w, unsigned k) {
  return (w + (0x80 - k) * 0x0101010101010101ull) & 0x8080808080808080ull;
}

// True when p[0..n) is ASCII without a capital A-Z: text lower_ascii() (and NFKC_Casefold) leaves
// as it is.
inline bool is_ascii_lower(const char* p, std::size_t n) {
  return every_word(p, n, [](std::uint64_t w) {
    return !(w & 0x8080808080808080ull) && !(ascii_bytes_at_least(w, 'A') & ~ascii_bytes_at_least(w, 'Z' + 1));
  });
}

namespace detail {
// lower_ascii() of one word of W bytes at p (W = 8 or 4); false, leaving it, when a byte is not ASCII.
template <class Word>
bool lower_ascii_word(char* p) {
  constexpr Word kOnes = static_cast<Word>(0x0101010101010101ull), kHigh = 0x80 * kOnes;
  Word w;
  std::memcpy(&w, p, sizeof w);
  if (w & kHigh) return false;
  const auto at_least = [&](unsigned k) { return static_cast<Word>((w + (0x80 - k) * kOnes) & kHigh); };
  w |= static_cast<Word>((at_least('A') & ~at_least('Z' + 1)) >> 2);  // 0x20 where a capital
  std::memcpy(p, &w, sizeof w);
  return true;
}
inline void lower_ascii_bytes(char* p, std::size_t n) {
  for (std::size_t k = 0; k < n; ++k)
    if (p[k] >= 'A' && p[k] <= 'Z') p[k] = static_cast<char>(p[k] + 32);
}
}  // namespace detail

// Lower-cases the ASCII letters A-Z among p[0..n) in place, leaving every other byte as it is;
// eight bytes at a time where all eight are ASCII (the folds below, and the text layer's
// NFKC_Casefold of ASCII, lower whole blocks of text with it). Lowering is idempotent, so the
// last bytes are taken in a word that overlaps the ones before (most words are shorter than 8).
inline void lower_ascii(char* p, std::size_t n) {
  using detail::lower_ascii_bytes;
  using detail::lower_ascii_word;
  if (n < 4) return lower_ascii_bytes(p, n);
  if (n < 8) {
    if (!lower_ascii_word<std::uint32_t>(p)) lower_ascii_bytes(p, 4);
    if (!lower_ascii_word<std::uint32_t>(p + n - 4)) lower_ascii_bytes(p + n - 4, 4);
    return;
  }
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8)
    if (!lower_ascii_word<std::uint64_t>(p + i)) lower_ascii_bytes(p + i, 8);
  if (i < n && !lower_ascii_word<std::uint64_t>(p + n - 8)) lower_ascii_bytes(p + n - 8, 8);
}

// Lower-cases ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic letters (enough for
// keyword tables and stopwords). Persisted template keys are made from it: changing what it
// folds changes them.
std::string fold(std::string_view text);
void fold_into(std::string_view text, std::string& out);  // the same into `out`, reusing its storage
void fold_append(std::string_view text, std::string& out);  // the same after what `out` holds

}  // namespace winnow
