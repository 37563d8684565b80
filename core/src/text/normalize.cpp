// NFKC_Casefold, the comparison key of every later stage. ICU normalises UTF-8 directly
// (Normalizer2::normalizeUTF8), so no UTF-16 round trip is paid.
#include <algorithm>
#include <array>
#include <cstring>

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

// NFKC_Casefold of every character of one or two UTF-8 bytes (below U+0800: accented Latin,
// Greek, Cyrillic...), asked of ICU once. A character that always starts a normalization segment
// (hasBoundaryBefore: nothing before it composes with it) normalises the same alone as in any
// text; a text of such characters alone is normalised one by one. Others (combining marks) and
// longer folds than a table entry holds are left to ICU.
struct ShortFolds {
  static constexpr std::uint8_t kIcu = 0xFF;
  std::array<std::uint8_t, 0x800> len{};       // bytes of the fold, or kIcu
  std::array<std::array<char, 7>, 0x800> bytes{};
  bool usable = false;                         // every ASCII character starts a segment
};

const ShortFolds& short_folds() {
  static const ShortFolds table = [] {
    ShortFolds t;
    const icu::Normalizer2* n = nfkc_cf();
    t.len.fill(ShortFolds::kIcu);
    if (n == nullptr) return t;
    t.usable = true;
    for (UChar32 c = 0; c < 0x800; ++c) {
      if (!n->hasBoundaryBefore(c)) {
        t.usable = t.usable && c >= 0x80;
        continue;
      }
      char utf8[2] = {static_cast<char>(c < 0x80 ? c : 0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
      std::string folded;
      icu::StringByteSink<std::string> sink(&folded);
      UErrorCode st = U_ZERO_ERROR;
      n->normalizeUTF8(0, icu::StringPiece(utf8, c < 0x80 ? 1 : 2), sink, nullptr, st);
      if (U_FAILURE(st) || folded.size() > t.bytes[0].size()) continue;
      t.len[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(folded.size());
      std::copy(folded.begin(), folded.end(), t.bytes[static_cast<std::size_t>(c)].begin());
    }
    return t;
  }();
  return table;
}

// normalize_append() of a text of ASCII and two-byte characters that each start a segment, by
// short_folds(), up to 64 KB; false (and `out` as it was) for any other text.
bool normalize_short(std::string_view s, std::string& out) {
  constexpr std::size_t kMaxBytes = 1 << 16;  // words and lines: a whole document's room would be four times it
  const ShortFolds& t = short_folds();
  if (!t.usable || s.size() > kMaxBytes) return false;
  const std::size_t at = out.size();
  out.resize(at + s.size() * 4);  // a two-byte character folds to 7 bytes at the most
  char* p = out.data() + at;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      *p++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    const std::size_t cp = (c & 0x1Fu) << 6 | (next & 0x3Fu);
    if (c < 0xC2 || c >= 0xE0 || (next & 0xC0) != 0x80 || t.len[cp] == ShortFolds::kIcu) {
      out.resize(at);
      return false;
    }
    std::memcpy(p, t.bytes[cp].data(), t.bytes[cp].size());
    p += t.len[cp];
    i += 2;
  }
  out.resize(static_cast<std::size_t>(p - out.data()));
  return true;
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
  if (normalize_short(s, out)) return;
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
