// A cheap case folding of the common scripts for keyword tables, stopwords and template keys
// (the ICU casefold is for fingerprints), and the UTF-8 step it walks with; covered by
// [classify] (tests/core/classify_text_stats.cpp) and [templates].
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

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

// Index of the first byte at or after i of p[0..n) that is not ASCII (n when none), 8 bytes at a time.
inline std::size_t skip_ascii(const char* p, std::size_t i, std::size_t n) {
  while (i + 8 <= n) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
  return i;
}

// For eight ASCII bytes in `w` (each below 0x80): the high bit of each byte that is at least
// `k` (k <= 0x80). Adding 0x80 - k to a byte below 0x80 never carries into the next byte.
constexpr std::uint64_t ascii_bytes_at_least(std::uint64_t w, unsigned k) {
  return (w + (0x80 - k) * 0x0101010101010101ull) & 0x8080808080808080ull;
}

// Lower-cases the ASCII letters A-Z among p[0..n) in place, leaving every other byte as it is;
// eight bytes at a time where all eight are ASCII (the folds below, and the text layer's
// NFKC_Casefold of ASCII, lower whole blocks of text with it).
inline void lower_ascii(char* p, std::size_t n) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & kHigh) {  // some byte is not ASCII: these eight one by one
      for (std::size_t k = i; k < i + 8; ++k)
        if (p[k] >= 'A' && p[k] <= 'Z') p[k] = static_cast<char>(p[k] + 32);
      continue;
    }
    w |= (ascii_bytes_at_least(w, 'A') & ~ascii_bytes_at_least(w, 'Z' + 1)) >> 2;  // 0x20 where a capital
    std::memcpy(p + i, &w, 8);
  }
  for (; i < n; ++i)
    if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] + 32);
}

// Lower-cases ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic letters (enough for
// keyword tables and stopwords). Persisted template keys are made from it: changing what it
// folds changes them.
std::string fold(std::string_view text);
void fold_into(std::string_view text, std::string& out);  // the same into `out`, reusing its storage

}  // namespace winnow
