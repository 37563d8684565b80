// UTF-8 hygiene: validation and repair. Ill-formed sequences become U+FFFD by the Unicode
// "maximal subpart" practice (one U+FFFD per maximal subpart of a valid sequence, the way ICU's
// U8_NEXT, WHATWG's decoder and every browser do it), so offsets agree with what a page shows.
#include <algorithm>
#include <cstring>

#include <unicode/utf8.h>

#include "common/fold.h"
#include "text/icu_util.h"
#include "winnow/text.h"

namespace winnow::text {

std::uint32_t code_points(std::string_view utf8) {
  std::uint32_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool is_ascii(std::string_view s) { return skip_ascii(s.data(), 0, s.size()) == s.size(); }

bool is_valid_utf8(std::string_view s) {
  const char* p = s.data();
  const auto n = static_cast<std::int32_t>(s.size());
  if (s.size() > 0x7fffffffU) return false;  // beyond int32 offsets: treated as needing repair
  std::int32_t i = 0;
  while (i < n) {
    i = static_cast<std::int32_t>(skip_ascii(p, static_cast<std::size_t>(i), s.size()));
    if (i >= n) break;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string sanitize_utf8(std::string_view bytes) {
  if (is_valid_utf8(bytes)) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + 16);
  const char* p = bytes.data();
  std::size_t pos = 0;
  // U8_NEXT works on int32 offsets: walk (over 1 GiB) inputs in chunks, each cut before a
  // byte that is not a continuation byte, so no sequence is split.
  while (pos < bytes.size()) {
    std::size_t limit = std::min<std::size_t>(bytes.size() - pos, 1u << 30);
    for (int back = 0; back < 3 && pos + limit < bytes.size() &&
                       (static_cast<unsigned char>(p[pos + limit]) & 0xC0) == 0x80;
         ++back)
      --limit;
    const auto n = static_cast<std::int32_t>(limit);
    std::int32_t i = 0;
    while (i < n) {
      std::size_t a = skip_ascii(p + pos, static_cast<std::size_t>(i), limit);
      out.append(p + pos + i, a - static_cast<std::size_t>(i));
      i = static_cast<std::int32_t>(a);
      if (i >= n) break;
      std::int32_t start = i;
      UChar32 c;
      U8_NEXT(p + pos, i, n, c);
      if (c < 0) {
        out += "\xEF\xBF\xBD";
      } else {
        out.append(p + pos + start, static_cast<std::size_t>(i - start));
      }
    }
    pos += limit;
  }
  return out;
}

}  // namespace winnow::text
