// fold (common/fold.h); covered by [classify] (tests/core/classify_text_stats.cpp) and [templates].
#include "common/fold.h"

namespace winnow {
namespace {

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

}  // namespace

void lower_ascii(char* p, std::size_t n) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & kHigh) {  // some byte is not ASCII: these eight one by one
      for (std::size_t k = i; k < i + 8; ++k)
        if (p[k] >= 'A' && p[k] <= 'Z') p[k] = static_cast<char>(p[k] + 32);
      continue;
    }
    // Each byte is below 0x80, so adding to it never carries into the next: its high bit tells
    // whether it is at least 'A' (plus 0x80 - 'A') and above 'Z' (plus 0x80 - 'Z' - 1).
    const std::uint64_t from_a = w + (0x80 - 'A') * kOnes, past_z = w + (0x80 - 'Z' - 1) * kOnes;
    w |= (from_a & ~past_z & kHigh) >> 2;  // 0x20 where the byte is a capital
    std::memcpy(p + i, &w, 8);
  }
  for (; i < n; ++i)
    if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] + 32);
}

std::string fold(std::string_view text) {
  std::string out;
  fold_into(text, out);
  return out;
}

void fold_into(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t run = i;  // ASCII run: appended at once, then lowered in place
    run = skip_ascii(text.data(), run, text.size());
    if (run > i) {
      const std::size_t at = out.size();
      out.append(text.substr(i, run - i));
      lower_ascii(out.data() + at, run - i);
      i = run;
      continue;
    }
    put_cp(out, lower_cp(next_code_point(text, i)));
  }
}

}  // namespace winnow
