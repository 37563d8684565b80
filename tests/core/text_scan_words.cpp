// scan_words(): the Word and Number tokens of tokenize(), field for field, from the same walk.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "winnow/text.h"

using namespace winnow::text;

namespace {

struct Seen {
  std::uint32_t begin, end;
  std::string text, norm;
  TokenKind kind;
  Script script;
};

std::vector<Seen> scanned(std::string_view s) {
  std::vector<Seen> out;
  for_each_word(s, [&](const WordRef& w) {
    out.push_back({w.begin, w.end, std::string(w.text), std::string(w.norm), w.kind, w.script});
  });
  return out;
}

void check_same_as_tokenize(const std::string& s) {
  INFO(s);
  const std::string clean = sanitize_utf8(s);
  std::vector<Seen> want;
  for (const auto& t : tokenize(s))
    if (t.kind == TokenKind::Word || t.kind == TokenKind::Number)
      want.push_back({t.begin, t.end, clean.substr(t.begin, t.end - t.begin), t.norm, t.kind, t.script});
  const auto got = scanned(s);
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO("token " << i << ": " << want[i].norm);
    CHECK(got[i].begin == want[i].begin);
    CHECK(got[i].end == want[i].end);
    CHECK(got[i].text == want[i].text);
    CHECK(got[i].norm == want[i].norm);
    CHECK(got[i].kind == want[i].kind);
    CHECK(got[i].script == want[i].script);
  }
}

}  // namespace

TEST_CASE("scan_words: exactly the Word/Number tokens of tokenize", "[text]") {
  for (const std::string& s : {
           std::string("Dr. Smith's café costs $4.50 (about €4) — isn't it 3.5% cheaper?"),
           std::string("Straße, ÄRGER und Maß: 1.000 Bücher für 12,50 €"),
           std::string("Москва — столица России. ВЫБОРЫ 2024!"),
           std::string("東京都で新しいカタカナ語を使った。日本語のテキスト、１２３。"),
           std::string("北京是中国的首都，人口超过2100万。"),
           std::string("한국어 문장입니다. ภาษาไทยเป็นภาษาที่สวยงาม"),
           std::string("qu'il l'homme d’abord e-mail x\xC3\x28y \xF0\x9F\x98\x80 ﬁne ｆｕｌｌ"),
           std::string("   \n\t "),
           std::string(""),
       })
    check_same_as_tokenize(s);
}

TEST_CASE("scan_words: norms are NFKC_Casefold and views cover the token", "[text]") {
  const auto got = scanned("ÉCOLE Straße ﬁne ｆｕｌｌ 42");
  REQUIRE(got.size() == 5);
  CHECK(got[0].norm == "école");
  CHECK(got[0].text == "ÉCOLE");
  CHECK(got[1].norm == "strasse");
  CHECK(got[2].norm == "fine");
  CHECK(got[3].norm == "full");
  CHECK(got[4].kind == TokenKind::Number);
  CHECK(got[4].norm == "42");
  // Punctuation, symbols and emoji are never handed over.
  CHECK(scanned("— ... $ % \xF0\x9F\x98\x80 !?").empty());
}
