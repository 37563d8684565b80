// core/src/common and winnow/url.h: the site and host of an address, little-endian byte I/O
// that never reads past its input, the fold of the common scripts, the persisted hashes' values pinned, word lists, the
// word table and the byte-pair index.
#include <catch2/catch.hpp>
#include <unicode/uchar.h>

#include "common/byte_io.h"
#include "common/fold.h"
#include "common/hash.h"
#include "common/pair_index.h"
#include "common/word_lists.h"
#include "common/word_table.h"
#include "winnow/url.h"

using namespace winnow;

TEST_CASE("url: host and site of an address", "[common][url]") {
  CHECK(host_of("https://user:pw@Host.Example:8080/a?b#c") == "Host.Example");
  CHECK(host_of("//cdn.example/x") == "cdn.example");
  CHECK(host_of("http://[::1]:80/") == "[::1]");
  CHECK(host_of("a.example?q") == "a.example");
  CHECK(site_of("https://www.Example.com/a?b") == "example.com");
  CHECK(site_of("http://news.example.co.uk:8080/x") == "news.example.co.uk");
  CHECK(site_of("https://user:pw@WWW.a.example/") == "a.example");
  CHECK(site_of("www.b.example/path") == "b.example");
  CHECK(site_of("") == "");
  CHECK(site_of("https://WWW.Example.com./x") == "example.com");
  CHECK(site_of("https://wwwexample.com/") == "wwwexample.com");
  CHECK(after_scheme("https://a.example/x") == "a.example/x");
  CHECK(after_scheme("a.example/x") == "a.example/x");
  CHECK(authority_of("https://user:pw@Host.Example:8080/a?b#c") == "user:pw@Host.Example:8080");
  CHECK(authority_of("https://a.example?q=1") == "a.example");
  CHECK(authority_of("https://a.example#top") == "a.example");
  CHECK(authority_of("//cdn.example/x") == "cdn.example");
  CHECK(authority_of("b.example/path") == "b.example");
  CHECK(authority_of("/path/only") == "");
  CHECK(ascii_lower("HTTPS://Ünï.EXAMPLE") == "https://Ünï.example");  // bytes beyond ASCII kept
}

TEST_CASE("byte_io: little-endian round trip, and reads past the end fail without reading", "[common][format]") {
  ByteWriter w;
  w.u8(0xAB);
  w.u16(0x1234);
  w.u32(0xDEADBEEF);
  w.u64(0x0102030405060708ull);
  w.varint(300);
  w.str("héllo");
  CHECK(w.out.substr(1, 2) == std::string("\x34\x12", 2));  // low byte first
  ByteReader r{w.out};
  CHECK(r.u8() == 0xAB);
  CHECK(r.u16() == 0x1234);
  CHECK(r.u32() == 0xDEADBEEF);
  CHECK(r.u64() == 0x0102030405060708ull);
  CHECK(r.varint() == 300);
  CHECK(r.str() == "héllo");
  CHECK_FALSE(r.bad);
  CHECK(r.left() == 0);
  ByteReader shortr{std::string_view("\x01\x02\x03", 3)};
  CHECK(shortr.u32() == 0);
  CHECK(shortr.bad);
  CHECK(shortr.at == 0);  // nothing consumed
  CHECK(shortr.u8() == 0);  // and every later read fails too
  ByteReader runaway{std::string_view("\xff\xff\xff\xff\xff\xff", 6)};
  CHECK(runaway.varint() == 0);
  CHECK(runaway.bad);
}

TEST_CASE("hash: the persisted short-basis FNV, FNV-1a 32 and mix64 keep their values", "[common][templates]") {
  // The basis is FNV-1a 64's with its last digit dropped; files on readers' machines hold keys
  // made with it, so these values must never change.
  STATIC_REQUIRE(kFnvShortBasis64 == 1469598103934665603ull);
  CHECK(fnv_short64("") == 1469598103934665603ull);
  std::uint64_t h = kFnvShortBasis64;
  for (unsigned char c : std::string_view("winnow")) h = (h ^ c) * 1099511628211ull;
  CHECK(fnv_short64("winnow") == h);
  CHECK(fnv_short64("winnow", 14695981039346656037ull) != fnv_short64("winnow"));  // not FNV-1a 64
  CHECK(fnv_short64("ab") == fnv_short_step(fnv_short_step(kFnvShortBasis64, 'a'), 'b'));
  // FNV-1a 32 and splitmix64 as published (term hashes and MinHash seeds are persisted too)
  CHECK(fnv1a32("") == 2166136261u);
  CHECK(fnv1a32("winnow") == 336916987u);
  CHECK(mix64(0) == 16294208416658607535ull);
  CHECK(mix64(1) == 10451216379200822465ull);
}

TEST_CASE("word lists: one list per kind expands to rows in the order written", "[common]") {
  enum class K { A, B };
  struct Row {
    std::string_view text;
    K kind;
    bool prefix;
  };
  static constexpr WordList<K> lists[] = {{K::A, "nav*|posted in *|x"}, {K::B, "copyright ©*"}};
  constexpr auto rows = expand_word_lists<Row, word_count(lists)>(lists);
  STATIC_REQUIRE(rows.size() == 4);
  CHECK(rows[0].text == "nav");
  CHECK(rows[0].prefix);
  CHECK(rows[1].text == "posted in ");  // a prefix keeps its trailing space
  CHECK(rows[1].prefix);
  CHECK(rows[2].text == "x");
  CHECK_FALSE(rows[2].prefix);
  CHECK(rows[2].kind == K::A);
  CHECK(rows[3].text == "copyright \xC2\xA9");
  CHECK(rows[3].kind == K::B);
  CHECK(rows[3].prefix);
}

TEST_CASE("word table: bits OR-ed per key, exact keys only, past growing", "[common]") {
  WordTable<unsigned> t;
  CHECK(t.find("we") == 0);
  t.add("we", 1);
  t.add("we", 4);
  t.add("", 8);
  CHECK(t.find("we") == 5);
  CHECK(t.find("w") == 0);
  CHECK(t.find("wee") == 0);
  CHECK(t.find("") == 8);
  std::vector<std::string> keys;
  keys.reserve(500);
  for (int i = 0; i < 500; ++i) keys.push_back("k" + std::to_string(i));
  for (int i = 0; i < 500; ++i) t.add(keys[static_cast<std::size_t>(i)], static_cast<unsigned>(i) + 16);
  for (int i = 0; i < 500; ++i) CHECK(t.find("k" + std::to_string(i)) == static_cast<unsigned>(i) + 16);
  CHECK(t.find("k500") == 0);
  CHECK(t.find("we") == 5);
  // keys of 31 bytes and more share one length bit: found only when equal
  const std::string long_key(40, 'x'), other_long(35, 'x');
  t.add(long_key, 2);
  CHECK(t.find(long_key) == 2);
  CHECK(t.find(other_long) == 0);
  CHECK(t.find(std::string(30, 'x')) == 0);
}

TEST_CASE("byte-pair index: entries filed by their key's first two bytes, any byte", "[common]") {
  BytePairIndex<int> ix;
  const char text[] = "xabc\xC3\xA9t";
  CHECK(ix.at(text + 1).empty());
  ix.bucket("abc").push_back(1);
  ix.bucket("abd").push_back(2);
  ix.bucket("ba").push_back(3);
  ix.bucket("\xC3\xA9t\xC3\xA9").push_back(4);
  CHECK(ix.at(text + 1) == std::vector<int>{1, 2});  // "ab"
  CHECK(ix.at(text + 2).empty());                     // "bc"
  CHECK(ix.at(text + 4) == std::vector<int>{4});      // the two bytes of "é"
  CHECK(ix.at("ba") == std::vector<int>{3});
  CHECK(ix.at("xa").empty());
}

TEST_CASE("lower_ascii: A-Z lowered, every other byte kept, eight at a time or one by one", "[common]") {
  std::string all;
  for (int round = 0; round < 3; ++round)
    for (int c = 0; c < 256; ++c) all += static_cast<char>((c * 37 + round * 11) & 0xFF);
  for (std::size_t start : {0, 1, 5}) {
    std::string got = all.substr(start), want = got;
    for (char& c : want)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    lower_ascii(got.data(), got.size());
    CHECK(got == want);
  }
  std::string ascii = "@AZ[`az{ Hello, WORLD 0123456789 ~";
  lower_ascii(ascii.data(), ascii.size());
  CHECK(ascii == "@az[`az{ hello, world 0123456789 ~");
  CHECK(skip_ascii("abcdefghij\xC3\xA9", 0, 12) == 10);
  CHECK(skip_ascii("abc", 1, 3) == 3);
}

TEST_CASE("lower_ascii, skip_ascii and is_ascii_lower at every length and offset: the overlapping last word", "[common]") {
  // up to 20 bytes of capitals, small letters and marks, with no byte beyond ASCII or one at `hi`
  for (std::size_t n = 0; n <= 20; ++n)
    for (std::size_t hi = 0; hi <= n; ++hi) {
      std::string text;
      for (std::size_t k = 0; k < n; ++k) text += "AzQ@[Zb`"[k % 8];
      if (hi < n) text[hi] = static_cast<char>(0xC3);
      std::string got = text, want = text;
      for (char& c : want)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      lower_ascii(got.data(), got.size());
      CHECK(got == want);
      for (std::size_t from = 0; from <= n; ++from) CHECK(skip_ascii(text.data(), from, n) == (hi >= from ? hi : n));
      CHECK(is_ascii_lower(text.data(), n) == (hi == n && text == want));
      std::string low = want;
      for (std::size_t k = 0; k < n && hi == n; ++k) {  // a capital at k alone
        low[k] = 'Q';
        CHECK(!is_ascii_lower(low.data(), n));
        low[k] = 'q';
        CHECK(is_ascii_lower(low.data(), n));
        low[k] = want[k];
      }
    }
}

TEST_CASE("fold: capitals of the common scripts lowered, a sequence cut off at the end read as U+FFFD", "[common]") {
  CHECK(fold("ÀÉÎ Straße ĀĂ ΑΩ АЯ ЀЏ HELLO, World") == "àéî straße āă αω ая ѐџ hello, world");
  CHECK(fold("ab\xE2\x80") == "ab\xEF\xBF\xBD");  // two bytes in, three out
  CHECK(fold("\xE2") == "\xEF\xBF\xBD");
  CHECK(fold("") == "");
  std::string reused = "something long enough to need the heap, and then some more";
  fold_into("Kurz", reused);
  CHECK(reused == "kurz");
}

// Polish, Czech and Slovak letters sit where Latin Extended-A's pairs shift by one: a fold that
// took every even code point for a capital turned "ł" into "Ń" and "ż" into "Ž", so no keyword
// list ever met a word holding them.
TEST_CASE("fold: every letter of Latin Extended-A lowers as ICU lowers it", "[common]") {
  CHECK(fold("Łódź ŻÓŁW źdźbło ŇŽĽ") == "łódź żółw źdźbło ňžľ");
  for (char32_t c = 0x100; c <= 0x17F; ++c) {
    if (c == 0x130) continue;  // İ lowers to ASCII "i": the fold keeps a two-byte letter two bytes
    std::string one;
    const auto put = [&](char32_t x, std::string& out) {
      out += static_cast<char>(0xC0 | (x >> 6));
      out += static_cast<char>(0x80 | (x & 0x3F));
    };
    put(c, one);
    std::string want;
    put(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))), want);
    INFO("U+" << std::hex << static_cast<unsigned>(c));
    CHECK(fold(one) == want);
  }
}
