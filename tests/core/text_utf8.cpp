// UTF-8 repair by the maximal-subpart practice (Unicode 15, section 3.9, table 3-8).
#include <catch2/catch.hpp>

#include "winnow/text.h"

using winnow::text::sanitize_utf8;

namespace {
const std::string R = "\uFFFD";
}

TEST_CASE("sanitize_utf8: valid text passes through unchanged", "[text]") {
  CHECK(sanitize_utf8("") == "");
  CHECK(sanitize_utf8("plain ascii") == "plain ascii");
  const std::string mixed = "Grüße, Привет, 你好, 🇫🇷, \u0000 end";
  CHECK(sanitize_utf8(mixed) == mixed);
  const std::string edges = "\x7f\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80"
                            "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf";
  CHECK(sanitize_utf8(edges) == edges);
}

TEST_CASE("sanitize_utf8: one U+FFFD per maximal subpart", "[text]") {
  // Table 3-8 of the Unicode Standard: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64
  CHECK(sanitize_utf8("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64") ==
        "a" + R + R + R + "b" + R + "c" + R + R + "d");
  CHECK(sanitize_utf8("\xff") == R);
  CHECK(sanitize_utf8("\xc0\xaf") == R + R);            // overlong: C0 is never a lead
  CHECK(sanitize_utf8("\xe0\x80\xaf") == R + R + R);    // overlong 3-byte form
  CHECK(sanitize_utf8("\xed\xa0\x80") == R + R + R);    // surrogate D800
  CHECK(sanitize_utf8("\xf4\x90\x80\x80") == R + R + R + R);  // above U+10FFFF
  CHECK(sanitize_utf8("\xe2\x82") == R);                // truncated €: one subpart
  CHECK(sanitize_utf8("\xe2\x82x") == R + "x");
  CHECK(sanitize_utf8("\xf0\x9f\x98") == R);            // truncated emoji
  CHECK(sanitize_utf8("ab\xf0\x9f\x98\x80\xf0") == "ab😀" + R);
}

TEST_CASE("invalid UTF-8 never breaks segmentation", "[text]") {
  const std::string bad = "Caf\xc3 \xff\xfe ok.\xe2\x82 Next\x80 one.";
  const std::string clean = sanitize_utf8(bad);
  const auto toks = winnow::text::tokenize(bad);
  REQUIRE_FALSE(toks.empty());
  for (const auto& t : toks) {
    REQUIRE(t.end <= clean.size());  // offsets refer to the sanitised text
    CHECK(winnow::text::normalize(clean.substr(t.begin, t.end - t.begin)) == t.norm);
  }
  CHECK(toks.front().norm == "caf");
  CHECK(winnow::text::sentences(bad).size() == 2);
}
