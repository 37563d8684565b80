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
