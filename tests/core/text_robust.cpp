// The text layer never crashes: random bytes, huge inputs, many threads.
#include <catch2/catch.hpp>

#include <random>
#include <thread>

#include <unicode/utf8.h>

#include "winnow/text.h"

using namespace winnow::text;

namespace {

bool valid_utf8(const std::string& s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

bool at_boundary(const std::string& s, std::uint32_t i) {
  return i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

// Invariants every segmentation of `input` must satisfy.
void check_invariants(const std::string& input) {
  const std::string clean = sanitize_utf8(input);
  REQUIRE(valid_utf8(clean));
  std::uint32_t last = 0;
  for (const auto& t : tokenize(input)) {
    REQUIRE(t.begin < t.end);
    REQUIRE(t.begin >= last);
    REQUIRE(t.end <= clean.size());
    REQUIRE(at_boundary(clean, t.begin));
    REQUIRE(at_boundary(clean, t.end));
    REQUIRE_FALSE(t.norm.empty());
    REQUIRE(valid_utf8(t.norm));
    last = t.end;
  }
  last = 0;
  for (const auto& s : sentences(input)) {
    REQUIRE(s.begin < s.end);
    REQUIRE(s.begin >= last);
    REQUIRE(s.end <= clean.size());
    last = s.end;
  }
  REQUIRE(valid_utf8(normalize(input)));
}

}  // namespace

TEST_CASE("random bytes: sanitised, segmented, offsets on code point boundaries", "[text]") {
  std::mt19937 rng(20240601);
  const char* pieces[] = {"a", " ", ".", "\xc3\xa9", "\xe4\xb8\xad", "\xe0\xb8\x81", "\xf0\x9f\x98\x80",
                          "\xd0\x96", "1", "\n", "\xcc\x81", "\xe2\x80\x8b"};
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    const int len = static_cast<int>(rng() % 48);
    for (int j = 0; j < len; ++j) {
      if (rng() % 3 == 0) s += static_cast<char>(rng() % 256);  // raw byte, often invalid
      else s += pieces[rng() % (sizeof pieces / sizeof *pieces)];
    }
    INFO("case " << i);
    check_invariants(s);
  }
}

TEST_CASE("huge inputs (10 MB) are handled", "[text][slow]") {
  std::string text;
  const std::string para = "Die Straße ist 2,5 km lang. 北京欢迎你。 ประเทศไทย Ёлка 😀 ";
  while (text.size() < 10'000'000) text += para;
  const auto toks = tokenize(text);
  CHECK(toks.size() > 1'000'000);
  CHECK(toks.back().end <= text.size());
  CHECK(sentences(text).size() > 100'000);

  std::string one_word(10'000'000, 'a');
  const auto w = tokenize(one_word);
  REQUIRE(w.size() == 1);
  CHECK(w[0].end == 10'000'000);

  std::string garbage(10'000'000, '\xff');
  CHECK(sanitize_utf8(garbage).size() == 30'000'000);
  CHECK(normalize(garbage).size() == 30'000'000);
  CHECK(sentences(garbage).size() >= 1);

  std::string spaced = text;  // sprinkle invalid bytes through real text
  for (std::size_t i = 997; i < spaced.size(); i += 1009) spaced[i] = '\xfe';
  const std::string clean = sanitize_utf8(spaced);
  const auto t2 = tokenize(spaced);
  CHECK(t2.size() > 1'000'000);
  CHECK(t2.back().end <= clean.size());
}

TEST_CASE("concurrent use from several threads gives identical results", "[text]") {
  const std::string s = "Threads share nothing but ICU's data: 東京タワー, ประเทศไทย, Straße.";
  const auto expected = tokenize(s);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      int good = 0;
      for (int i = 0; i < 200; ++i) {
        const auto got = tokenize(s);
        bool same = got.size() == expected.size();
        for (std::size_t j = 0; same && j < got.size(); ++j)
          same = got[j].norm == expected[j].norm && got[j].begin == expected[j].begin;
        good += same;
      }
      ok[k] = good;
    });
  for (auto& t : threads) t.join();
  for (int k = 0; k < 4; ++k) CHECK(ok[k] == 200);
}

TEST_CASE("icu_version names ICU 72.1 and the data recipe", "[text]") {
  const std::string v = icu_version();
  CHECK(v.rfind("72.1 data winnow-", 0) == 0);
}
