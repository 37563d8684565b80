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
