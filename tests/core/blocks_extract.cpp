// Cutting pages into blocks: boundaries, text, link share, context flags.
#include <catch2/catch.hpp>

#include "winnow/blocks.h"
#include "winnow/html.h"
#include "winnow/text.h"

using winnow::blocks::extract;
using winnow::dom::from_html;

TEST_CASE("blocks: paragraph-level units with collapsed whitespace", "[blocks]") {
  auto bl = extract(from_html("<body><div>Direct   text\n<p>A <b>bold</b>\tword&nbsp;here.</p>tail text"
                              "<ul><li>one</li><li>two <a href=/x>link</a></li></ul><h2>Head</h2>"
                              "<table><tr><td>cell</td></tr></table><span>x</span>y<br>z</div></body>"));
  std::vector<std::string> texts;
  for (const auto& b : bl) texts.push_back(b.text);
  REQUIRE(texts == std::vector<std::string>{"Direct text", "A bold word here.", "tail text", "one", "two link",
                                            "Head", "cell", "xy z"});
  CHECK(bl[3].in_list);
  CHECK(bl[5].heading == 2);
  CHECK(bl[6].in_table);
  CHECK(bl[4].link_chars == 4);
  CHECK(bl[4].chars == 8);
  for (std::size_t i = 0; i < bl.size(); ++i) CHECK(bl[i].index == i);
}

TEST_CASE("blocks: a link-only block has link density 1, a plain one 0", "[blocks]") {
  auto bl = extract(from_html("<p><a href='/a'>All of this is a link</a></p><p>No link at all</p>"
                              "<p><a>anchor without href</a></p>"));
  REQUIRE(bl.size() == 3);
  CHECK(bl[0].link_density() == Approx(1.0));
  CHECK(bl[1].link_density() == Approx(0.0));
  CHECK(bl[2].link_density() == Approx(0.0));
}

TEST_CASE("blocks: captions, quotes and form controls are flagged", "[blocks]") {
  auto bl = extract(from_html("<figure><img src=x><figcaption>A caption</figcaption></figure>"
                              "<blockquote><p>Quoted</p></blockquote><form><button>Send</button></form>"));
  REQUIRE(bl.size() == 3);
  CHECK(bl[0].in_figure);
  CHECK(bl[1].in_quote);
  CHECK(bl[2].in_form);
}

// The words of a block's text as append() counts them: runs of letters, digits and bytes beyond ASCII.
static std::uint32_t word_runs(const std::string& s) {
  std::uint32_t n = 0;
  bool in = false;
  for (unsigned char c : s) {
    const bool w = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
    n += w && !in;
    in = w;
  }
  return n;
}

TEST_CASE("blocks: words and link characters of long mixed text, eight bytes at a time or one by one", "[blocks]") {
  const char* pieces[] = {"word", "Ab", "x", "42", "1,5", "co-op", "it's", "café", "Ärger", "naïve", ",", ".",
                          "(q)", "\"z\"", "—", " ", "  ", "\n", "\t", "&nbsp;", "e.g.", "A1b2C3d4", "end."};
  std::uint32_t seed = 7;
  for (int round = 0; round < 40; ++round) {
    std::string text = "Start";
    for (int k = 0; k < 120; ++k) {
      seed = seed * 1103515245u + 12345u;
      text += pieces[(seed >> 16) % std::size(pieces)];
      if ((seed >> 8) % 3 != 0) text += ' ';
    }
    auto bl = extract(from_html("<p>" + text + "</p><p><a href='/l'>" + text + "</a></p>"));
    REQUIRE(bl.size() == 2);
    CHECK(bl[0].words == word_runs(bl[0].text));
    CHECK(bl[0].chars == winnow::text::code_points(bl[0].text));  // counted as the text is written
    CHECK(bl[0].link_chars == 0);
    CHECK(bl[1].text == bl[0].text);
    CHECK(bl[1].words == bl[0].words);
    CHECK(bl[1].link_chars == bl[1].chars);
  }
}
