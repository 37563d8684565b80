// The classifier's word statistics come from the ICU tokens of the text layer.
#include <catch2/catch.hpp>

#include <algorithm>

#include "classify/text_stats.h"
#include "common/hash.h"

using namespace winnow::classify;

TEST_CASE("text_stats: words, stopwords, capitals and numbers from ICU tokens", "[classify]") {
  const int en = language_index("en");
  REQUIRE(en >= 0);
  // ICU keeps "isn't", "it's" and "Smith's" whole; "it's" counts by its head "it".
  TextStats t = text_stats("The Smith's café isn't open: it's 3.5 km out of town and closed.", en);
  CHECK(t.words == 13);
  CHECK(t.stopwords == 5);  // the, it's, out, of, and
  CHECK(t.digits == 1);     // 3.5 is one Number token
  CHECK(t.upper_initial == 2);  // The, Smith's
  CHECK(t.ends_sentence);
  CHECK(t.cjk == 0);
  // Case folding is ICU's: capitals and ß-forms still hit the lists.
  CHECK(text_stats("THE AND OF", en).stopwords == 3);
  const int de = language_index("de-AT");
  REQUIRE(de >= 0);
  CHECK(text_stats("ÜBER DIE Straße", de).stopwords == 2);
}

TEST_CASE("text_stats: elided French function words count by their head", "[classify]") {
  const int fr = language_index("fr");
  REQUIRE(fr >= 0);
  TextStats t = text_stats("Qu'il vienne, c'est sûr, parce qu’elle le veut.", fr);
  CHECK(t.words == 8);      // qu'il vienne c'est sûr parce qu’elle le veut
  CHECK(t.stopwords == 3);  // qu'il, qu’elle (head "qu"), le
}

TEST_CASE("text_stats: Han and kana counted per character, Hangul per word", "[classify]") {
  TextStats ja = text_stats("東京でカタカナを読む。", language_index("ja"));
  CHECK(ja.cjk == 10);
  CHECK(ja.kana >= 6);
  CHECK(ja.words < ja.cjk);  // a katakana run is one ICU token
  CHECK(ja.stopwords >= 2);  // で, を
  TextStats ko = text_stats("한국어 문장입니다", -1);
  CHECK(ko.hangul == 2);
  CHECK(ko.words == 2);
  CHECK(ko.stopwords == 0);
}

TEST_CASE("language_evidence: stopword hits per language from ICU tokens", "[classify]") {
  const auto& lists = stopword_lists();
  std::vector<std::uint32_t> hits;
  language_evidence("Die Katze ist auf dem Dach und schläft über den Tag.", hits);
  REQUIRE(hits.size() == lists.size() + 3);
  const int de = language_index("de"), en = language_index("en");
  CHECK(hits[de] >= 6);
  CHECK(hits[de] > hits[en]);
  std::vector<std::uint32_t> zh;
  language_evidence("北京是中国的首都。", zh);
  CHECK(zh[lists.size()] == 8);  // Han characters
  CHECK(zh[language_index("zh")] >= 2);
}

TEST_CASE("count_words: one segmentation serves every language and both uses", "[classify]") {
  const std::string s = "Le chat dort sur le toit, und die Katze schläft. The cat sleeps.";
  WordCounts wc;
  count_words(s, wc);
  CHECK(wc.done);
  for (const char* code : {"fr", "de", "en", "xx"}) {
    const int li = language_index(code);
    const TextStats a = text_stats(s, li), b = text_stats(s, li, wc);
    CHECK(a.words == b.words);
    CHECK(a.stopwords == b.stopwords);
    CHECK(a.sentences == b.sentences);
    CHECK(a.upper_initial == b.upper_initial);
    if (li >= 0) CHECK(b.stopwords == wc.stop[static_cast<std::size_t>(li)]);
  }
  CHECK(wc.stop[static_cast<std::size_t>(language_index("fr"))] == 3);  // le, sur, le
  CHECK(wc.stop[static_cast<std::size_t>(language_index("de"))] == 3);  // dort (French "sleeps"), und, die
  std::vector<std::uint32_t> x, y;
  language_evidence(s, x);
  language_evidence(wc, y);
  CHECK(x == y);
}

TEST_CASE("take_content_words: a stopword of another language is a content word of the page's", "[classify][cohesion]") {
  const std::string s = "The war was over when her son came home to die.";
  WordCounts wc;
  count_words(s, wc);
  auto words_in = [&](int lang) {
    WordCounts copy = wc;
    return take_content_words(copy, lang);
  };
  // by the hash cohesion keys words (and the site's name) by: a stopword kept for the other
  // languages must carry the same hash as the word would as a content word, or it matches nothing
  auto has = [](const std::vector<std::uint32_t>& terms, std::string_view w) {
    return std::find(terms.begin(), terms.end(), winnow::hash_bytes32(w)) != terms.end();
  };
  const auto en = words_in(language_index("en")), de = words_in(language_index("de")), any = words_in(-1);
  for (const char* w : {"war", "son", "die", "came", "home"}) CHECK(has(en, w));  // German's and French's words
  for (const char* w : {"the", "was", "over", "when", "her"}) CHECK(!has(en, w));
  CHECK(!has(de, "war"));
  CHECK(!has(de, "die"));
  CHECK(has(de, "son"));
  CHECK(has(de, "the"));
  // no language known: a word of any list is no content word
  for (const char* w : {"war", "son", "die", "the", "over"}) CHECK(!has(any, w));
  CHECK(has(any, "came"));
}

TEST_CASE("text_stats commas: ASCII commas and semicolons, and the wide ones of CJK and Arabic text", "[classify]") {
  const auto count_commas = [](std::string_view s) { return text_stats(s, -1).commas; };
  CHECK(count_commas("") == 0);
  CHECK(count_commas("no commas here.") == 0);
  CHECK(count_commas("one, two; three, four") == 3);
  CHECK(count_commas("café, naïve; über") == 2);  // non-ASCII letters are not commas
  CHECK(count_commas("东京，大阪、京都；奈良") == 3);   // ， 、 ；
  CHECK(count_commas("مرحبا، عالم, x") == 2);        // ، and ,
  CHECK(count_commas("\xEF\xBC") == 0);                // a cut-off wide comma at the end
}
