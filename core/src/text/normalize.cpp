// NFKC_Casefold, the comparison key of every later stage. ICU normalises UTF-8 directly
// (Normalizer2::normalizeUTF8), so no UTF-16 round trip is paid.
#include <algorithm>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "common/fold.h"
#include "text/icu_util.h"
#include "winnow/text.h"

namespace winnow::text {

namespace {

const icu::Normalizer2* nfkc_cf() {
  // Normalizer2 singletons are immutable and thread-safe; fetch once.
  static const icu::Normalizer2* n = [] {
    if (!icu_ready()) return static_cast<const icu::Normalizer2*>(nullptr);
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFKCCasefoldInstance(st);
    return U_SUCCESS(st) ? p : nullptr;
  }();
  return n;
}

}  // namespace

void normalize_append(std::string_view s, std::string& out) {
  if (is_ascii(s)) {
    // NFKC_Casefold maps each ASCII character to itself except A-Z (to a-z), and no two ASCII
    // characters compose; tests/core/text_normalize.cpp checks this against ICU exhaustively.
    const std::size_t at = out.size();
    out.append(s);
    lower_ascii(out.data() + at, s.size());
    return;
  }
  const icu::Normalizer2* n = nfkc_cf();
  if (n == nullptr) {  // no data (broken build): leave text as is rather than lose it
    out.append(s);
    return;
  }
  std::size_t pos = 0;
  // StringPiece lengths are int32: normalise giant inputs in pieces cut at a code point
  // boundary before a starter-like ASCII byte (an ASCII byte never combines with what follows
  // except U+0338-style marks, which are not ASCII, so a cut before ASCII is safe).
  while (pos < s.size()) {
    std::size_t len = s.size() - pos;
    if (len > (1u << 30)) {
      len = 1u << 30;
      while (len > 0 && static_cast<unsigned char>(s[pos + len]) >= 0x80) --len;
      if (len == 0) len = std::min<std::size_t>(s.size() - pos, 1u << 30);
    }
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(len));
    UErrorCode st = U_ZERO_ERROR;
    n->normalizeUTF8(0, icu::StringPiece(s.data() + pos, static_cast<int32_t>(len)), sink,
                     nullptr, st);
    if (U_FAILURE(st)) out.append(s.substr(pos, len));
    pos += len;
  }
}

std::string normalize(std::string_view utf8) {
  std::string out;
  if (is_valid_utf8(utf8)) {
    out.reserve(utf8.size());
    normalize_append(utf8, out);
  } else {
    const std::string clean = sanitize_utf8(utf8);
    out.reserve(clean.size());
    normalize_append(clean, out);
  }
  return out;
}

}  // namespace winnow::text
