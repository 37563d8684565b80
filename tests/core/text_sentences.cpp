// Sentence segmentation (ICU root rules): spans without surrounding whitespace.
#include <catch2/catch.hpp>

#include "text_test_util.h"

using winnow::test::sentence_texts;
using winnow::test::Strings;

TEST_CASE("sentences: terminal punctuation in Latin text", "[text]") {
  CHECK(sentence_texts("The vote passed. Results follow!  Will it hold? Nobody knows.") ==
        Strings{"The vote passed.", "Results follow!", "Will it hold?", "Nobody knows."});
  // a decimal point is not a sentence end; closing quotes stay with their sentence
  CHECK(sentence_texts("It costs 3.50 euros. “Cheap,” he said. „Gut.“ Fin") ==
        Strings{"It costs 3.50 euros.", "“Cheap,” he said.", "„Gut.“", "Fin"});
}

TEST_CASE("sentences: Russian, Arabic, Chinese, Japanese", "[text]") {
  CHECK(sentence_texts("Дождь идёт. Завтра будет солнце!") ==
        Strings{"Дождь идёт.", "Завтра будет солнце!"});
  CHECK(sentence_texts("قال الوزير ذلك. هل توافق؟ نعم.") ==
        Strings{"قال الوزير ذلك.", "هل توافق؟", "نعم."});
  CHECK(sentence_texts("今天下雨。明天晴天！你去吗？") ==
        Strings{"今天下雨。", "明天晴天！", "你去吗？"});
  CHECK(sentence_texts("雨です。晴れますか？") == Strings{"雨です。", "晴れますか？"});
}

TEST_CASE("sentences: paragraph breaks end a sentence; whitespace is trimmed", "[text]") {
  CHECK(sentence_texts("  Heading without stop\n\nBody text here.  \n") ==
        Strings{"Heading without stop", "Body text here."});
  CHECK(winnow::text::sentences("").empty());
  CHECK(winnow::text::sentences(" \n\t ").empty());
  const std::string s = "One. Two.";
  const auto spans = winnow::text::sentences(s);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == 0);
  CHECK(spans[0].end == 4);
  CHECK(spans[1].begin == 5);
  CHECK(spans[1].end == 9);
}

TEST_CASE("sentences: Thai without punctuation stays one sentence", "[text]") {
  CHECK(sentence_texts("ภาษาไทยไม่มีจุด แต่มีช่องว่าง") == Strings{"ภาษาไทยไม่มีจุด แต่มีช่องว่าง"});
}
