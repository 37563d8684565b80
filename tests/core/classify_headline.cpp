// The page's headline: kept out of the article's text (main_text) yet flagged, so that the
// extension leaves it as the page shows it instead of fading it with the filler.
#include <catch2/catch.hpp>

#include <string>

#include "extract_test_util.h"
#include "winnow/extract.h"
#include "winnow/templates.h"

using namespace winnow;

namespace {

// The headline stands in the page's header, above the article's container; the site's name
// is a heading too, and the title holds both.
std::string page(const std::string& headline, const std::string& teaser) {
  return "<!doctype html><html lang=en><head><title>" + headline + " - The Courier</title></head><body>"
         "<header><h1>The Courier</h1><nav><a href=/>Home</a> <a href=/news>News</a></nav></header>"
         "<div class=post-header><h1>" + headline + "</h1><div class=meta>Posted on May 3, 2024 by Newsdesk</div></div>"
         "<div class=entry-content>"
         "<p>The ferry between the two harbours will run again from Monday, the operator said, after a pause of three months.</p>"
         "<p>The first crossing leaves at seven in the morning, and the timetable is the same as it was last year.</p>"
         "<p>Fares will rise by ten pence, the first increase since the council took the service over, to pay for repairs.</p>"
         "<p>Passengers who bought season tickets before the pause will have them extended by three months, the operator "
         "said, and the café on the landing stage will open again at the same time as the ferry does.</p>"
         "</div><aside><h3>Latest Posts</h3><ul><li><a href=/t>" + teaser + "</a></li></ul></aside>"
         "<div class=note><div>The valley's own paper since 1901</div></div></body></html>";
}

const Block* exactly(const Page& p, const std::string& text) {
  for (const auto& b : p.blocks)
    if (b.text == text) return &b;
  return nullptr;
}

}  // namespace

TEST_CASE("headline: above the article it is flagged, kept out of main_text; the site's name is not", "[classify][headline]") {
  const std::string headline = "Ferry service to resume on Monday after repairs";
  Page p = extract_html(page(headline, "Harbour wall repairs finished early"), "https://www.courier.example/ferry", nullptr);
  REQUIRE(p.type == PageType::Article);
  const Block* h = exactly(p, headline);
  REQUIRE(h);
  INFO(h->reason);
  CHECK(h->headline);
  CHECK(h->label == Label::Boilerplate);
  CHECK(h->kind == Kind::Other);
  CHECK(h->reason.find("headline") != std::string::npos);
  CHECK(p.main_text().find(headline) == std::string::npos);
  const Block* site = exactly(p, "The Courier");
  REQUIRE(site);
  CHECK_FALSE(site->headline);
  CHECK(site->label == Label::Boilerplate);
  int flagged = 0;
  for (const auto& b : p.blocks) flagged += b.headline;
  CHECK(flagged == 1);
  // the answer carries the flag for the extension
  std::string json = to_json(p, "\"x\"");
  CHECK(json.find("\"headline\":true") != std::string::npos);
}

TEST_CASE("headline: one that recurs as a teaser on the site's other pages stays the headline", "[classify][headline][templates]") {
  const std::string headline = "Ferry service to resume on Monday after repairs";
  templates::Memory m;
  extract_html(page("Council sets next year's budget at last", headline), "https://courier.example/a", &m);
  extract_html(page("Harbour wall repairs finished early in May", headline), "https://courier.example/b", &m);
  Page p = extract_html(page(headline, "Harbour wall repairs finished early"), "https://courier.example/c", &m);
  const Block* h = exactly(p, headline);
  REQUIRE(h);
  INFO(h->reason);
  CHECK(h->headline);
  CHECK(h->kind == Kind::Other);
  // while chrome the three pages share becomes the site's template
  const Block* note = exactly(p, "The valley's own paper since 1901");
  REQUIRE(note);
  CHECK(note->kind == Kind::Template);
}

TEST_CASE("headline: in div soup it is the block before the prose that opens the title", "[classify][headline]") {
  const std::string html =
      "<html lang=en><head><title>Ferry service to resume on Monday | The Courier</title></head><body>"
      "<div class=a1><div class=x9><a href=/>Home</a></div></div><div class=k2>"
      "<div class=q7>Ferry service to resume on Monday</div>"
      "<div class=z3>Ferry service to resume on Monday, the operator said on Tuesday, after a pause of three months "
      "for repairs to the landing stage that took longer than planned.</div>"
      "<div class=z3>The first crossing leaves at seven in the morning, and the timetable is the same as it was last "
      "year, with an extra sailing on Saturdays in the summer months.</div>"
      "<div class=z3>Fares will rise by ten pence, the first increase since the council took the service over, and "
      "the money pays for the repairs, the council said in a statement.</div></div></body></html>";
  Page p = extract_html(html, "https://courier.example/ferry", nullptr);
  const Block* h = exactly(p, "Ferry service to resume on Monday");
  REQUIRE(h);
  INFO(h->reason);
  CHECK(h->headline);
  CHECK(h->label == Label::Boilerplate);
  // the first paragraph opens with the same words, and is the article's
  const Block* first = test::block_with(p, "Ferry service to resume on Monday, the operator said");
  REQUIRE(first);
  CHECK_FALSE(first->headline);
  CHECK(first->label == Label::Content);
  CHECK(p.main_text().rfind("Ferry service to resume on Monday, the operator said", 0) == 0);
}

TEST_CASE("headline: the title repeated inside the article is not the article's text", "[classify][headline]") {
  // content-farm templates print the title again under the by-line and after the last paragraph
  const std::string headline = "Ferry service to resume on Monday after repairs";
  std::string html = page(headline, "Harbour wall repairs finished early");
  const std::string body = "<div class=entry-content>";
  html.insert(html.find(body) + body.size(), "<p>" + headline + "</p>");
  html.insert(html.find("</div><aside>"), "<p>" + headline + "</p><p>Ferry service to resume</p>");
  Page p = extract_html(html, "https://www.courier.example/ferry", nullptr);
  REQUIRE(p.type == PageType::Article);
  int repeats = 0, named = 0;
  for (const auto& b : p.blocks) {
    if (b.text != headline || b.headline) continue;
    ++repeats;
    INFO(b.reason);
    CHECK(b.label == Label::Boilerplate);
    named += b.reason.find("repeats the title") != std::string::npos;
  }
  CHECK(repeats == 2);
  CHECK(named >= 1);  // the one under the by-line, among the article's paragraphs
  CHECK(p.main_text().find(headline) == std::string::npos);
  // a short line the title opens with is not most of the title: no repeat of it (whether a
  // three-word line after the last paragraph is kept is the learned model's call, not this rule's)
  const Block* shorter = exactly(p, "Ferry service to resume");
  REQUIRE(shorter);
  CHECK_FALSE(shorter->headline);
  CHECK(shorter->reason.find("repeats the title") == std::string::npos);
  CHECK(p.main_text().find("The first crossing leaves at seven") != std::string::npos);
}
