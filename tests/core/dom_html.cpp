// The Gumbo adapter: what reaches the tree view, broken input, big pages.
#include <catch2/catch.hpp>

#include <cstdio>

#include "winnow/blocks.h"
#include "winnow/html.h"

using winnow::dom::from_html;

namespace {
std::string all_text(const winnow::dom::Tree& t) {
  std::string s;
  for (const auto& b : winnow::blocks::extract(t)) s += b.text + "|";
  return s;
}
}  // namespace

TEST_CASE("html: head fields, never-content elements and hidden elements", "[dom][html]") {
  auto t = from_html(
      "<html lang=en-GB><head><title> A  title </title><link rel=canonical href='https://x.example/a'>"
      "<style>p{}</style><script>var x='script text';</script></head><body>"
      "<p>visible</p><script>alert('no')</script><template><p>template text</p></template>"
      "<div hidden>hidden attr</div><div style='display: none'>display none</div>"
      "<div aria-hidden=true>aria hidden</div><noscript>noscript text</noscript>"
      "<svg><text>svg text</text></svg><p style='visibility:hidden'>invisible</p></body></html>");
  CHECK(t.lang == "en-GB");
  CHECK(t.title == " A  title ");
  CHECK(t.canonical == "https://x.example/a");
  std::string text = all_text(t);
  CHECK(text == "visible|");  // a <noscript> of bare text is a notice about scripts
}

TEST_CASE("html: what a page's scripts reveal at once is read; what they may show later is not",
          "[dom][html]") {
  // React's streamed parts: <div hidden id="S:n"> is moved into the page by its inline script
  auto streamed = from_html(
      "<body><nav>Home</nav><template id='B:0'></template><div hidden id='S:0'><p>The story itself.</p></div>"
      "<div hidden id='S:x-1'>a menu</div><div hidden id='Side'>a drawer</div></body>");
  CHECK(all_text(streamed) == "Home|The story itself.|");
  // a page veiled whole until a script runs (visibility:hidden on a wrapper) is read...
  const char* veiled_page =
      "<body><div style='visibility: hidden; min-height: 100vh'><h1>Title</h1><p>The article.</p>"
      "<div style='display:none'>a closed dialog</div><div style='visibility:hidden;display:none'>a closed menu</div>"
      "</div>%s</body>";
  char page[512];
  std::snprintf(page, sizeof page, veiled_page, "");
  CHECK(all_text(from_html(page)) == "Title|The article.|");
  // ...but a veil beside visible text is a veil
  std::snprintf(page, sizeof page, veiled_page, "<p>Cookie notice.</p>");
  CHECK(all_text(from_html(page)) == "Cookie notice.|");
}

TEST_CASE("html: a <noscript> fallback is page text, unwrapped into its parent", "[dom][html]") {
  // script-rendered forums ship their posts in <noscript> for readers without scripts
  auto t = from_html(
      "<html><head><noscript><style>.x{}</style></noscript></head><body><div id=app></div>"
      "<noscript><div class=post><p>First post of the thread.</p><p>A reply to it.</p></div></noscript>"
      "</body></html>");
  CHECK(all_text(t) == "First post of the thread.|A reply to it.|");
  // a notice and a tracking pixel are not page text
  CHECK(all_text(from_html("<body><p>Text.</p><noscript>Enable JavaScript to read on.</noscript>"
                           "<noscript><img src=/px.gif alt='pixel'></noscript></body>")) == "Text.|");
  for (const auto& n : t.nodes) CHECK(n.tag != "noscript");  // the snapshot format never holds one
}

TEST_CASE("html: invalid UTF-8 replaced, empty and garbage input fine", "[dom][html]") {
  auto t = from_html("<p>caf\xe9 ok \xc3\xa9</p>");
  CHECK(all_text(t) == "caf\xEF\xBF\xBD ok \xC3\xA9|");
  CHECK(from_html("").nodes.size() >= 1);
  CHECK(all_text(from_html("")).empty());
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 7919) % 256);
  REQUIRE_NOTHROW(from_html(junk));
}

TEST_CASE("html: a 10 MB page with deep nesting is parsed up to the input policy", "[dom][html]") {
  std::string html = "<html><body>";
  for (int i = 0; i < 3000; ++i) html += "<div>";
  html += "<p>deep</p>";
  while (html.size() < 10u * 1024 * 1024) html += "<p>filler paragraph with some words in it, again and again.</p>";
  auto t = from_html(html);
  CHECK(t.truncated);  // its first winnow::dom::kMaxInputBytes, kMaxDepth levels deep
  CHECK(t.nodes.size() > winnow::dom::kMaxInputBytes / 66 * 9 / 10);  // every paragraph of the first 4 MiB
  bool cut = false;
  auto bl = winnow::blocks::extract(t, &cut);
  CHECK(cut);  // ... and of those, the first kMaxBlocks blocks
  REQUIRE(bl.size() == winnow::dom::kMaxBlocks);
  CHECK(bl[0].text == "deep");
}

TEST_CASE("html: script and style bodies are dropped before parsing, nothing else", "[dom][html]") {
  std::string html =
      "<html><head><style>p::after{content:'</p><p>fake'}</style></head><body>"
      "<p data-x=\"<script>\" title='a > b'>one</p>"
      "<!-- <script> a comment is not a script -->"
      "<p>two</p>"
      "<script type=\"text/javascript\">var s = '<p>not text</p>'; if (a < b) {}</script>"
      "<p>three</p><SCRIPT>document.write('<div>x</div>')</SCRIPT >"
      "<p>four <b>bold</b></p><script>unterminated <p>";
  auto t = from_html(html);
  CHECK(all_text(t) == "one|two|three|four bold|");
}
