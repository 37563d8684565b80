// The ASCII word segmenter (core/src/text/ascii_words.h) proven against ICU's root word
// iterator itself: same segments, same rule status.
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

#include "text/ascii_words.h"
#include "winnow/text.h"

namespace {

using Segments = std::vector<std::tuple<int, int, int>>;

Segments by_icu(icu::BreakIterator& bi, const std::string& s) {
  // ASCII: UTF-16 offsets are byte offsets.
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  bi.setText(u);
  Segments out;
  int b = bi.first();
  for (int e = bi.next(); e != icu::BreakIterator::DONE; b = e, e = bi.next()) out.emplace_back(b, e, bi.getRuleStatus());
  return out;
}

Segments by_winnow(const std::string& s) {
  Segments out;
  winnow::text::detail::ascii_words(s, [&](int b, int e, int status) { out.emplace_back(b, e, status); });
  return out;
}

std::unique_ptr<icu::BreakIterator> icu_words() {
  winnow::text::init();
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st));
  REQUIRE(U_SUCCESS(st));
  return bi;
}

// One character of every class the rules tell apart, and some of each class twice.
const std::string kAlphabet = std::string("aZ@5_.',; \r\n\v\t:\"-") + '\x01';

}  // namespace

TEST_CASE("ascii words: every string of up to four characters segments as ICU does", "[text]") {
  auto bi = icu_words();
  const std::size_t k = kAlphabet.size();
  std::size_t checked = 0, mismatches = 0;
  std::string first_mismatch;
  for (std::size_t len = 1; len <= 4; ++len) {
    std::size_t total = 1;
    for (std::size_t i = 0; i < len; ++i) total *= k;
    std::string s(len, ' ');
    for (std::size_t code = 0; code < total; ++code) {
      std::size_t c = code;
      for (std::size_t i = 0; i < len; ++i, c /= k) s[i] = kAlphabet[c % k];
      ++checked;
      if (by_icu(*bi, s) != by_winnow(s) && mismatches++ == 0) first_mismatch = s;
    }
  }
  INFO("first mismatch: [" << first_mismatch << "]");
  CHECK(checked > 100000);
  CHECK(mismatches == 0);
}

TEST_CASE("ascii words: random and real ASCII text segments as ICU does", "[text]") {
  auto bi = icu_words();
  std::mt19937 rng(29);
  for (int i = 0; i < 3000; ++i) {
    std::string s(5 + rng() % 60, ' ');
    // half from the rules' alphabet (long chains of joiners), half from all of ASCII
    for (char& ch : s) ch = i % 2 ? kAlphabet[rng() % kAlphabet.size()] : static_cast<char>(rng() % 128);
    INFO("[" << s << "]");
    REQUIRE(by_icu(*bi, s) == by_winnow(s));
  }
  // The fixture pages' bytes, in ASCII runs: prose, markup, URLs, numbers.
  std::size_t runs = 0;
  for (const auto& f : std::filesystem::recursive_directory_iterator(std::string(WINNOW_TEST_DIR) + "/pages")) {
    if (!f.is_regular_file() || f.path().extension() != ".html") continue;
    std::ifstream in(f.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string page = ss.str();
    std::string run;
    for (std::size_t i = 0; i <= page.size(); ++i) {
      if (i < page.size() && static_cast<unsigned char>(page[i]) < 0x80 && run.size() < 2000) {
        run += page[i];
        continue;
      }
      if (!run.empty()) {
        INFO(f.path().string() << ": [" << run << "]");
        REQUIRE(by_icu(*bi, run) == by_winnow(run));
        ++runs;
      }
      run.clear();
      if (i < page.size() && static_cast<unsigned char>(page[i]) < 0x80) run += page[i];
    }
  }
  CHECK(runs > 50);
}

TEST_CASE("ascii words: the rules ICU tailors", "[text]") {
  // '@' is a letter (addresses stay whole); ':' does not join letters; a lone '_' is no word.
  CHECK(by_winnow("x@y.com") == Segments{{0, 7, UBRK_WORD_LETTER}});
  CHECK(by_winnow("a:b") == Segments{{0, 1, UBRK_WORD_LETTER}, {1, 2, 0}, {2, 3, UBRK_WORD_LETTER}});
  CHECK(by_winnow("_") == Segments{{0, 1, 0}});
  CHECK(by_winnow("3,000.5") == Segments{{0, 7, UBRK_WORD_NUMBER}});
  CHECK(by_winnow("abc123") == Segments{{0, 6, UBRK_WORD_NUMBER}});
}
