// The word segmenter for Latin-script text (core/src/text/latin_words.h) proven against ICU's
// root word iterator itself: same segments, same rule status, same byte offsets.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "text/icu_util.h"
#include "text/latin_words.h"
#include "winnow/text.h"

namespace {

using Segments = std::vector<std::tuple<int, int, int>>;

// ICU's segments, with its UTF-16 offsets mapped to byte offsets.
Segments by_icu(icu::BreakIterator& bi, const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  std::vector<int> byte_at(static_cast<std::size_t>(u.length()) + 1, 0);
  for (int i = 0, b = 0; i < u.length(); ++i) {
    const char16_t c = u.charAt(i);
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;  // the table has no characters beyond the BMP
    byte_at[static_cast<std::size_t>(i) + 1] = b;
  }
  bi.setText(u);
  Segments out;
  int b = bi.first();
  for (int e = bi.next(); e != icu::BreakIterator::DONE; b = e, e = bi.next())
    out.emplace_back(byte_at[static_cast<std::size_t>(b)], byte_at[static_cast<std::size_t>(e)], bi.getRuleStatus());
  return out;
}

Segments by_winnow(const std::string& s) {
  REQUIRE(winnow::text::detail::latin_words_cover(s));
  Segments out;
  winnow::text::detail::latin_words(s, [&](int b, int e, int status) { out.emplace_back(b, e, status); });
  return out;
}

std::unique_ptr<icu::BreakIterator> icu_words() {
  winnow::text::init();
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st));
  REQUIRE(U_SUCCESS(st));
  return bi;
}

// One character of every class the rules tell apart, some of each class twice, and of the
// characters beyond ASCII: letters (é, Ł, ж), the curly apostrophe and quotes, a dash, the
// no-break space, the ellipsis and the euro sign.
const std::vector<std::string> kAlphabet = {"a", "Z", "@", "5", "_", ".", "'", ",", ";", " ", "\r", "\n", "\v",
                                            "\t", ":", "\"", "-", "\x01", "\u00e9", "\u0141", "\u2019",
                                            "\u2018", "\u201c", "\u2014", "\u00a0", "\u2026", "\u20ac",
                                            "\u0436"};

// Every character latin_words() knows, for random strings.
std::vector<std::string> known_characters() {
  std::vector<std::string> out;
  for (int c = 0; c < 0x80; ++c) out.emplace_back(1, static_cast<char>(c));
  for (char32_t c = 0x80; c < 0x3000; ++c) {
    if (winnow::text::detail::wide_class(c) == winnow::text::detail::Wb::Unknown) continue;
    icu::UnicodeString u(static_cast<UChar32>(c));
    std::string s;
    u.toUTF8String(s);
    out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("latin words: every string of up to four characters segments as ICU does", "[text]") {
  auto bi = icu_words();
  const std::size_t k = kAlphabet.size();
  std::size_t checked = 0, mismatches = 0;
  std::string first_mismatch;
  for (std::size_t len = 1; len <= 4; ++len) {
    std::size_t total = 1;
    for (std::size_t i = 0; i < len; ++i) total *= k;
    for (std::size_t code = 0; code < total; ++code) {
      std::string s;
      std::size_t c = code;
      for (std::size_t i = 0; i < len; ++i, c /= k) s += kAlphabet[c % k];
      ++checked;
      if (by_icu(*bi, s) != by_winnow(s) && mismatches++ == 0) first_mismatch = s;
    }
  }
  INFO("first mismatch: [" << first_mismatch << "]");
  CHECK(checked > 500000);
  CHECK(mismatches == 0);
}

TEST_CASE("latin words: random and real text segments as ICU does", "[text]") {
  auto bi = icu_words();
  std::mt19937 rng(29);
  const std::vector<std::string> known = known_characters();
  for (int i = 0; i < 6000; ++i) {
    std::string s;
    // half from the rules' alphabet (long chains of joiners), half from every known character
    for (std::size_t n = 5 + rng() % 60; n > 0; --n)
      s += i % 2 ? kAlphabet[rng() % kAlphabet.size()] : known[rng() % known.size()];
    INFO("[" << s << "]");
    REQUIRE(by_icu(*bi, s) == by_winnow(s));
  }
  // Real text, line by line: the fixture pages' bytes (prose, markup, URLs, numbers) and the
  // seed pages' text, wherever every character is one the segmenter knows.
  std::size_t lines = 0, wide = 0;
  auto check_file = [&](const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || !winnow::text::is_valid_utf8(line) || !winnow::text::detail::latin_words_cover(line)) continue;
      INFO(path.string() << ": [" << line << "]");
      REQUIRE(by_icu(*bi, line) == by_winnow(line));
      ++lines;
      wide += !winnow::text::is_ascii(line);
    }
  };
  for (const auto& f : std::filesystem::recursive_directory_iterator(std::string(WINNOW_TEST_DIR) + "/pages"))
    if (f.is_regular_file() && f.path().extension() == ".html") check_file(f.path());
  for (const auto& f : std::filesystem::directory_iterator(std::string(WINNOW_SHARED_DIR) + "/seeds"))
    if (f.is_regular_file()) check_file(f.path());
  CHECK(lines > 500);
  CHECK(wide > 20);  // lines with curly quotes, dashes, accented letters
}

TEST_CASE("latin words: the rules ICU tailors", "[text]") {
  // '@' is a letter (addresses stay whole); ':' does not join letters; a lone '_' is no word.
  CHECK(by_winnow("x@y.com") == Segments{{0, 7, UBRK_WORD_LETTER}});
  CHECK(by_winnow("a:b") == Segments{{0, 1, UBRK_WORD_LETTER}, {1, 2, 0}, {2, 3, UBRK_WORD_LETTER}});
  CHECK(by_winnow("_") == Segments{{0, 1, 0}});
  CHECK(by_winnow("3,000.5") == Segments{{0, 7, UBRK_WORD_NUMBER}});
  CHECK(by_winnow("abc123") == Segments{{0, 6, UBRK_WORD_NUMBER}});
}

TEST_CASE("latin words: a word's script is its first letter's, as ICU has it", "[text]") {
  winnow::text::init();
  using winnow::text::Script;
  using winnow::text::detail::latin_word_script;
  std::size_t letters = 0;
  for (const std::string& ch : known_characters()) {
    UChar32 c = 0;
    U8_GET(reinterpret_cast<const std::uint8_t*>(ch.data()), 0, 0, static_cast<int32_t>(ch.size()), c);
    UErrorCode st = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(c, &st);
    REQUIRE(U_SUCCESS(st));
    const Script icu = sc == USCRIPT_LATIN ? Script::Latin : sc == USCRIPT_CYRILLIC ? Script::Cyrillic : Script::Common;
    const auto cls = static_cast<unsigned char>(ch[0]) < 0x80 ? winnow::text::detail::ascii_class(static_cast<unsigned char>(ch[0]))
                                                               : winnow::text::detail::wide_class(static_cast<char32_t>(c));
    // the characters a word segment holds: letters, digits, '_' and the marks that join them
    if (cls == winnow::text::detail::Wb::Other || cls >= winnow::text::detail::Wb::Space) continue;
    INFO(ch);
    CHECK(latin_word_script(ch) == icu);
    CHECK(latin_word_script("1_" + ch) == icu);  // Common before it: the first letter decides
    if (icu != Script::Common) CHECK(latin_word_script(ch + "\xd0\xb6") == icu);  // ж after it does not
    letters += icu != Script::Common;
  }
  CHECK(letters > 400);
}
