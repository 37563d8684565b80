// A byte string read as 64-bit words, eight bytes a step and the last word overlapping the one
// before: the one way the core's in-memory string hash (hash.h) and its ASCII tests (fold.h) read
// text, so the tail rule for short strings is written once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace winnow {

// True when `clean` holds for every word read from p[0..n) (it stops at the first false): words
// of eight bytes (the last overlapping the one before), or two of four, or for fewer bytes the
// first, middle and last; the bytes of a word not read from the text are zero (for tests that
// take every byte alone).
template <class Clean>
bool every_word(const char* p, std::size_t n, Clean clean) {
  std::uint64_t w = 0;
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) {
      std::memcpy(&w, p + i, 8);
      if (!clean(w)) return false;
    }
    std::memcpy(&w, p + n - 8, 8);
  } else if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    w = a | std::uint64_t{b} << 32;
  } else if (n > 0) {
    const auto byte = [p](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
    w = byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
  }
  return clean(w);
}

}  // namespace winnow
