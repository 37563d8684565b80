// Chrome placed by the page's structure (a menu, a sidebar, a footer, the article's edges) is
// named by its own words when they say what it is: the kind a reader sees on hover.
#include <catch2/catch.hpp>

#include <malloc.h>

#include <string>

#include "classify/signals.h"
#include "extract_test_util.h"
#include "winnow/extract.h"

using namespace winnow;
using winnow::test::block_with;

namespace {

const char* kPage = R"(<!doctype html><html lang="en"><head><title>Ferry service to resume - The Courier</title></head>
<body>
<header><a href="/">The Courier</a><p>The valley's own paper since 1901</p>
<nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="meta">Posted on May 3, 2024 by Newsdesk</div>
<main><article>
<h1>Ferry service to resume</h1>
<div class="entry-content">
<p>The ferry between the two harbours will run again from Monday, the operator said, after a three-month pause for repairs to the landing stage.</p>
<h2>Privacy</h2>
<p>Passengers will no longer have to give their names when they buy a ticket, a change the operator said was made after complaints about privacy.</p>
<p>The first crossing leaves at seven in the morning, and the timetable is the same as last year, with an extra sailing on Saturdays in the summer.</p>
<p>Fares will rise by ten pence, the first increase since the service was taken over by the council, which says the money pays for the repairs.</p>
</div>
<div class="after"><a href="https://facebook.com/share">Facebook</a> <a href="https://wa.me/">WhatsApp</a> <a href="mailto:">Email</a></div>
</article>
<aside class="widget"><h3>Latest News</h3>
<ul><li><a href="/n1">Harbour wall repairs finished early</a><div>May 2, 2024</div></li>
<li><a href="/n2">Council sets next year's budget</a><div>May 1, 2024</div></li></ul>
<div>ADVERTISEMENT</div><p><a href="/newsletter">Newsletter</a></p>
<form action="/join"><label>Email</label><input type="email"><button>Join</button></form></aside>
</main>
<footer><nav><a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookie policy</a> <a href="/terms">Terms</a></nav>
<p>© 2024 The Courier Ltd. Registered in England and Wales.</p></footer>
</body></html>)";

// The block that is `text`, else the first that holds it.
const Block& block(const Page& p, const std::string& text) {
  const Block* b = nullptr;
  for (const auto& x : p.blocks)
    if (!b && x.text == text) b = &x;
  if (!b) b = block_with(p, text);
  INFO(text);
  REQUIRE(b);
  return *b;
}

}  // namespace

TEST_CASE("chrome kinds: a block's own words name what its place only called chrome", "[classify][kinds]") {
  Page p = extract_html(kPage, "https://www.courier.example/news/ferry", nullptr);
  REQUIRE(p.type == PageType::Article);
  struct Expect { const char* text; Kind kind; };
  for (auto e : {Expect{"Facebook WhatsApp Email", Kind::Share}, Expect{"Newsletter", Kind::Subscribe},
                 Expect{"ADVERTISEMENT", Kind::Advertising}, Expect{"Posted on May 3, 2024 by Newsdesk", Kind::Byline},
                 Expect{"About Privacy Cookie policy Terms", Kind::Legal},
                 Expect{"© 2024 The Courier Ltd.", Kind::Legal}, Expect{"Email", Kind::Subscribe}}) {
    const Block& b = block(p, e.text);
    INFO(b.text << " | " << kind_name(b.kind) << " | " << b.reason);
    CHECK(b.label == Label::Boilerplate);
    CHECK(b.kind == e.kind);
  }
  // the reason says which words decided
  CHECK(block(p, "Newsletter").reason.find("says \"newsletter\"") != std::string::npos);
}

TEST_CASE("chrome kinds: dates and taglines keep their place's kind; article text is not renamed", "[classify][kinds]") {
  Page p = extract_html(kPage, "https://www.courier.example/news/ferry", nullptr);
  // a teaser's date belongs to the list it dates, not a by-line of this page
  const Block& date = block(p, "May 2, 2024");
  CHECK(date.label == Label::Boilerplate);
  CHECK(date.kind != Kind::Byline);
  // "since 1901" is a date of sorts, not a by-line
  const Block& tagline = block(p, "The valley's own paper since 1901");
  CHECK(tagline.label == Label::Boilerplate);
  CHECK(tagline.kind != Kind::Byline);
  // a heading of the article that happens to be a footer word stays article text
  const Block& heading = block(p, "Privacy");
  CHECK(heading.text == "Privacy");
  CHECK(heading.label == Label::Content);
  CHECK(block(p, "Passengers will no longer").label == Label::Content);
}

TEST_CASE("node signals: the same class list answers the same, whatever element met it before", "[classify][kinds]") {
  using winnow::classify::node_signal;
  dom::Node plain, footer, footer_id, nav_tag;
  plain.tag = footer.tag = footer_id.tag = "div";
  plain.classes = "card item";
  footer.classes = "site-footer";
  footer_id.classes = "card item";  // the plain one's classes, with an id that names chrome
  footer_id.id = "footer";
  nav_tag.tag = "nav";
  nav_tag.classes = "card item";
  for (int round = 0; round < 3; ++round) {  // the second and third rounds meet every list again
    CHECK_FALSE(node_signal(plain).negative);
    CHECK(node_signal(footer).negative);
    CHECK(node_signal(footer).why == "class/id 'footer'");
    CHECK(node_signal(footer_id).negative);
    CHECK(node_signal(nav_tag).negative);
    CHECK(node_signal(nav_tag).why == "<nav>");
    CHECK_FALSE(node_signal(plain).negative);
  }
  // a class list longer than the cache keeps is read each time, with the same answer
  dom::Node long_list, long_plain;
  long_list.tag = long_plain.tag = "div";
  std::string plain_classes;
  for (int i = 0; i < 40; ++i) plain_classes += "utility-class-" + std::to_string(i) + " ";
  const std::string side_classes = plain_classes + "sidebar";
  long_plain.classes = plain_classes;
  long_list.classes = side_classes;
  REQUIRE(long_list.classes.size() > 256);
  for (int round = 0; round < 2; ++round) {
    CHECK(node_signal(long_list).negative);
    CHECK(node_signal(long_list).why == "class/id 'sidebar'");
    CHECK_FALSE(node_signal(long_plain).negative);
  }
}

TEST_CASE("node signals: class tokens by prefix or whole, the first negative one naming the kind", "[classify][kinds]") {
  using winnow::classify::node_signal;
  auto signal = [](const char* classes) {
    dom::Node n;
    n.tag = "div";
    n.classes = classes;
    return node_signal(n);
  };
  const auto nav = signal("x a9 navbar-item widget");  // "nav*" before "widget*", which is weak
  CHECK(nav.negative);
  CHECK(nav.kind == Kind::Navigation);
  CHECK(nav.why == "class/id 'navbar'");
  CHECK_FALSE(nav.weak);
  const auto side = signal("sidebar content");  // weak chrome around the article's content
  CHECK(side.negative);
  CHECK(side.positive);
  CHECK(side.weak);
  CHECK(side.kind == Kind::Related);
  CHECK(signal("pageMenuToggle").why == "class/id 'menu'");  // split where a capital follows
  const auto none = signal("postfooter headers canvas");  // no whole positive token, no negative prefix
  CHECK_FALSE(none.negative);
  CHECK_FALSE(none.positive);
}

TEST_CASE("node signals: what is kept between pages stays small, whatever the class lists", "[classify][kinds]") {
  // 600 elements with distinct 64 KB class lists: a cache that kept them would hold 32 MB
  using winnow::classify::node_signal;
  const std::size_t before = mallinfo2().uordblks;
  for (int i = 0; i < 600; ++i) {
    const std::string classes = std::string(64 * 1024, 'x') + " item-" + std::to_string(i);
    dom::Node n;
    n.tag = "div";
    n.classes = classes;
    CHECK_FALSE(node_signal(n).negative);
  }
  const std::size_t after = mallinfo2().uordblks;
  CHECK(after < before + 4 * 1024 * 1024);
}
