// Word segmentation on real-language samples: exact tokens, kinds, scripts and offsets.
#include <catch2/catch.hpp>

#include "text_test_util.h"

using winnow::test::kinds;
using winnow::test::norms;
using winnow::test::scripts;
using winnow::test::Strings;
using namespace winnow::text;

TEST_CASE("tokenize: English words, numbers, punctuation and symbols", "[text]") {
  const std::string s = "Dr. Smith's café costs $4.50 (about €4) — isn't it 3.5% cheaper?";
  CHECK(norms(s) == Strings{"dr", ".", "smith's", "café", "costs", "$", "4.50", "(", "about",
                            "€", "4", ")", "—", "isn't", "it", "3.5", "%", "cheaper", "?"});
  CHECK(kinds(s) == Strings{"Word", "Punct", "Word", "Word", "Word", "Symbol", "Number",
                            "Punct", "Word", "Symbol", "Number", "Punct", "Punct", "Word",
                            "Word", "Number", "Punct", "Word", "Punct"});
  // Offsets are bytes into the input; whitespace never becomes a token.
  for (const auto& t : tokenize(s)) {
    const std::string_view piece = std::string_view(s).substr(t.begin, t.end - t.begin);
    CHECK(piece.find(' ') == std::string_view::npos);
    CHECK(normalize(piece) == t.norm);
  }
  const auto toks = tokenize(s);
  REQUIRE(toks.size() == 19);
  CHECK(toks[0].begin == 0);
  CHECK(toks[0].end == 2);
  CHECK(toks[3].begin == 12);           // "café" starts after "Dr. Smith's "
  CHECK(toks[3].end == 17);             // é is two bytes
  CHECK(toks[0].script == Script::Latin);
  CHECK(toks[1].script == Script::Common);
}

TEST_CASE("tokenize: German folds case and ß, keeps decimal commas", "[text]") {
  const std::string s = "Die Straße in KÖLN ist 2,5 km lang.";
  CHECK(norms(s) == Strings{"die", "strasse", "in", "köln", "ist", "2,5", "km", "lang", "."});
  CHECK(kinds(s) == Strings{"Word", "Word", "Word", "Word", "Word", "Number", "Word", "Word",
                            "Punct"});
}

TEST_CASE("tokenize: French elisions stay inside the word (root rules)", "[text]") {
  const std::string s = "L'équipe a gagné aujourd’hui « enfin » !";
  CHECK(norms(s) ==
        Strings{"l'équipe", "a", "gagné", "aujourd’hui", "«", "enfin", "»", "!"});
  CHECK(kinds(s) == Strings{"Word", "Word", "Word", "Word", "Punct", "Word", "Punct", "Punct"});
}

TEST_CASE("tokenize: Russian in Cyrillic, Ё folds to ё", "[text]") {
  const std::string s = "Ёлка стоит 1500 рублей, сказал Иван.";
  CHECK(norms(s) == Strings{"ёлка", "стоит", "1500", "рублей", ",", "сказал", "иван", "."});
  CHECK(scripts(s) == Strings{"Cyrillic", "Cyrillic", "Common", "Cyrillic", "Common",
                              "Cyrillic", "Cyrillic", "Common"});
}

TEST_CASE("tokenize: Arabic words split at spaces, Arabic script", "[text]") {
  const std::string s = "قال الوزير إن 3 مدارس جديدة.";
  CHECK(norms(s) == Strings{"قال", "الوزير", "إن", "3", "مدارس", "جديدة", "."});
  CHECK(scripts(s) == Strings{"Arabic", "Arabic", "Arabic", "Common", "Arabic", "Arabic",
                              "Common"});
}

TEST_CASE("tokenize: Chinese comes out one ideograph per token (no CJK dictionary)", "[text]") {
  const std::string s = "北京欢迎你。";
  CHECK(norms(s) == Strings{"北", "京", "欢", "迎", "你", "。"});
  CHECK(kinds(s) == Strings{"Word", "Word", "Word", "Word", "Word", "Punct"});
  CHECK(scripts(s) == Strings{"Han", "Han", "Han", "Han", "Han", "Common"});
  const auto toks = tokenize(s);
  REQUIRE(toks.size() == 6);
  for (std::size_t i = 0; i < toks.size(); ++i) {  // three bytes per character
    CHECK(toks[i].begin == 3 * i);
    CHECK(toks[i].end == 3 * i + 3);
  }
}

TEST_CASE("tokenize: Japanese kanji and hiragana per character, katakana runs whole", "[text]") {
  const std::string s = "東京タワーに行きました。";
  CHECK(norms(s) == Strings{"東", "京", "タワー", "に", "行", "き", "ま", "し", "た", "。"});
  CHECK(scripts(s) == Strings{"Han", "Han", "Katakana", "Hiragana", "Han", "Hiragana",
                              "Hiragana", "Hiragana", "Hiragana", "Common"});
  // Half-width katakana normalises to full width.
  CHECK(norms("ｶﾀｶﾅ") == Strings{"カタカナ"});
}

TEST_CASE("tokenize: Thai is segmented by its dictionary", "[text]") {
  const std::string s = "ประเทศไทยมีประชากรมาก";
  // "ประเทศไทย" (Thailand) is one entry of ICU's Thai dictionary
  CHECK(norms(s) == Strings{"ประเทศไทย", "มี", "ประชากร", "มาก"});
  CHECK(scripts(s) == Strings{"Thai", "Thai", "Thai", "Thai"});
  CHECK(kinds(s) == Strings{"Word", "Word", "Word", "Word"});
}

TEST_CASE("tokenize: URLs, e-mail, emoji and mixed scripts", "[text]") {
  CHECK(norms("see https://example.com/a?b=1") ==
        Strings{"see", "https", ":", "/", "/", "example.com", "/", "a", "?", "b", "=", "1"});
  // ICU's word rules (unlike plain UAX #29) keep an e-mail address together
  CHECK(norms("mail Info@Example.com") == Strings{"mail", "info@example.com"});
  const std::string e = "ok 👍🏽 🇫🇷!";
  CHECK(norms(e) == Strings{"ok", "👍🏽", "🇫🇷", "!"});
  CHECK(kinds(e) == Strings{"Word", "Symbol", "Symbol", "Punct"});
  CHECK(scripts("iPhone 東京 Москва") == Strings{"Latin", "Han", "Han", "Cyrillic"});
}

TEST_CASE("tokenize: whitespace, controls and empty input yield nothing", "[text]") {
  CHECK(tokenize("").empty());
  CHECK(tokenize(" \t\r\n\u00a0\u3000\u2028").empty());
  CHECK(tokenize(std::string("\0\x01\x1f", 3)).empty());
  CHECK(norms("a\u200bb") == Strings{"a", "b"});  // zero-width space separates, is dropped
}
