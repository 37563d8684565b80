// NFKC_Casefold as ICU defines it, and the ASCII fast path proven against ICU itself.
#include <catch2/catch.hpp>

#include <random>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include "winnow/text.h"

using winnow::text::normalize;

namespace {

std::string icu_nfkc_cf(const std::string& s) {
  winnow::text::init();
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(st);
  REQUIRE(U_SUCCESS(st));
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  n->normalizeUTF8(0, s, sink, nullptr, st);
  REQUIRE(U_SUCCESS(st));
  return out;
}

}  // namespace

TEST_CASE("normalize: case folding and compatibility forms", "[text]") {
  CHECK(normalize("Straße") == "strasse");               // ß folds to ss
  CHECK(normalize("STRASSE") == "strasse");
  CHECK(normalize("ẞ") == "ss");                         // capital sharp s
  CHECK(normalize("ＡＢＣ１２３") == "abc123");             // full-width letters and digits
  CHECK(normalize("ﬁnance ﬂow") == "finance flow");      // ligatures ﬁ ﬂ
  CHECK(normalize("x²") == "x2");                        // superscript
  CHECK(normalize("Ⅻ") == "xii");                        // roman numeral
  CHECK(normalize("ｶﾀｶﾅ") == "カタカナ");                  // half-width katakana
  CHECK(normalize("ΣΟΦΟΣ") == "σοφοσ");                  // final sigma folds to σ
  CHECK(normalize("Å") == "å");                          // U+212B ANGSTROM SIGN
  CHECK(normalize("e\u0301") == "é");                    // composed
  CHECK(normalize("soft\u00adhyphen") == "softhyphen");  // default ignorable removed
  CHECK(normalize("") == "");
}

TEST_CASE("normalize: Turkish dotted and dotless I follow the default (non-Turkic) folding",
          "[text]") {
  CHECK(normalize("İ") == "i\u0307");  // U+0130 -> i + COMBINING DOT ABOVE
  CHECK(normalize("I") == "i");        // never to dotless ı
  CHECK(normalize("ı") == "ı");        // U+0131 has no folding
  CHECK(normalize("İstanbul") == "i\u0307stanbul");
  CHECK(normalize("ISTANBUL") == normalize("istanbul"));
}

TEST_CASE("normalize: invalid UTF-8 is repaired before normalising", "[text]") {
  CHECK(normalize("A\xff" "B") == "a\uFFFDb");
  CHECK(normalize("\xC3") == "\uFFFD");
}

TEST_CASE("normalize: the ASCII fast path equals ICU for every ASCII character", "[text]") {
  for (int c = 0; c < 128; ++c) {
    const std::string s(1, static_cast<char>(c));
    INFO("code point " << c);
    CHECK(normalize(s) == icu_nfkc_cf(s));
  }
  // and for random ASCII strings (no ASCII pair composes, so per-character agreement carries)
  std::mt19937 rng(7);
  for (int i = 0; i < 500; ++i) {
    std::string s(rng() % 40, ' ');
    for (char& ch : s) ch = static_cast<char>(rng() % 128);
    CHECK(normalize(s) == icu_nfkc_cf(s));
  }
}

TEST_CASE("normalize: the two-byte table equals ICU for every character below U+0800, alone and in text", "[text]") {
  const auto utf8 = [](char32_t c) {
    std::string s;
    if (c < 0x80) s += static_cast<char>(c);
    else s += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    return s;
  };
  for (char32_t c = 0x80; c < 0x800; ++c) {
    INFO("code point " << static_cast<unsigned>(c));
    for (const std::string& s : {utf8(c), "A" + utf8(c) + "b", utf8(c) + utf8(c), "e" + utf8(c) + utf8(0x301)})
      CHECK(normalize(s) == icu_nfkc_cf(s));
  }
  // random text of such characters: combining marks (U+0300-036F) among letters that compose with them
  std::mt19937 rng(11);
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    for (std::size_t k = rng() % 12; k-- > 0;) s += utf8(rng() % 4 == 0 ? 0x300 + rng() % 0x70 : rng() % 0x800);
    CHECK(normalize(s) == icu_nfkc_cf(s));
  }
}
