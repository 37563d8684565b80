// Classifier behaviour on small hand-written pages: what readers complain about (newsletter
// prompts, "latest" lists, cookie text kept; opening, short or link-rich paragraphs dropped).
#include <catch2/catch.hpp>

#include "extract_test_util.h"
#include "winnow/extract.h"

using namespace winnow;
using winnow::test::block_with;

namespace {

const char* kArticle = R"(<!doctype html><html lang="en"><head><title>Council approves river bridge - The Gazette</title></head>
<body>
<header class="site-header"><a href="/">The Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/about">About us</a></nav></header>
<div id="cookie-banner">We use cookies to improve your experience. By continuing you agree to our cookie policy. <button>Accept all</button></div>
<main><article>
<h1>Council approves river bridge</h1>
<div class="byline">By Jane Roe, 3 May 2024</div>
<div class="entry-content">
<p>The council voted on Tuesday to build a new footbridge over the river.</p>
<p>Work will start in the spring and is expected to take two years, according to the council's own plan for the project, which was published last month after a long consultation with residents and businesses.</p>
<p>It passed.</p>
<p>Residents who objected, among them <a href="/a">the Riverside group</a>, <a href="/b">the boat club</a> and <a href="/c">two traders</a>, said the bridge would block the view.</p>
<div class="newsletter-box"><h3>Get our daily newsletter</h3><p>Sign up to receive the top stories straight to your inbox every morning.</p><form><input type=email><button>Subscribe</button></form></div>
<p>The council said the design had been changed twice to answer those objections, and that the final version is lower and narrower than the first one.</p>
<p>A further vote on the budget is due in June, when the council will also decide how the work is paid for and who builds it.</p>
<div class="share-buttons"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://x.com/share">Share on X</a></div>
</div>
</article>
<aside class="sidebar"><h3>Latest News</h3><ul><li><a href="/n1">Flood warning lifted for the valley</a></li><li><a href="/n2">School wins national chess title</a></li><li><a href="/n3">Road closed after lorry fire</a></li></ul></aside>
</main>
<footer><p>Copyright 2024 The Gazette. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>)";

}  // namespace

TEST_CASE("classify: article paragraphs kept, chrome marked with its kind", "[classify]") {
  Page p = extract_html(kArticle, "https://www.gazette.example/news/bridge", nullptr);
  CHECK(p.type == PageType::Article);
  CHECK(p.lang == "en");
  for (const char* para : {"The council voted on Tuesday", "Work will start in the spring", "It passed.",
                           "Residents who objected", "The council said the design", "A further vote on the budget"}) {
    const Block* b = block_with(p, para);
    REQUIRE(b);
    INFO(b->text << " | " << b->reason);
    CHECK(b->label == Label::Content);
    CHECK(b->kind == Kind::Article);
  }
  struct Expect { const char* text; Kind kind; };
  for (auto e : {Expect{"We use cookies", Kind::Cookie}, Expect{"Sign up to receive the top stories", Kind::Subscribe},
                 Expect{"Get our daily newsletter", Kind::Subscribe}, Expect{"Share on Facebook", Kind::Share},
                 Expect{"Flood warning lifted", Kind::Related}, Expect{"All rights reserved", Kind::Legal}}) {
    const Block* b = block_with(p, e.text);
    REQUIRE(b);
    INFO(b->text << " | " << kind_name(b->kind) << " | " << b->reason);
    CHECK(b->label == Label::Boilerplate);
    CHECK(b->kind == e.kind);
    CHECK_FALSE(b->reason.empty());
  }
  for (const char* chrome : {"News Sport About us", "Latest News", "By Jane Roe"}) {
    const Block* b = block_with(p, chrome);
    REQUIRE(b);
    INFO(b->text << " | " << b->reason);
    CHECK(b->label == Label::Boilerplate);
  }
  // the headline is not article text; main_text holds exactly the article
  CHECK(p.main_text().find("Council approves river bridge") == std::string::npos);
  CHECK(p.main_text().rfind("The council voted on Tuesday", 0) == 0);
  CHECK(p.main_text().find("newsletter") == std::string::npos);
}

TEST_CASE("classify: seed blurbs inside the article body are marked blurb", "[classify]") {
  std::string html = R"(<html><body><div class="post"><div class="entry-content">
<p>Welcome to your ultimate source for breaking news, trending updates, and in-depth stories from around the world. Whether it's politics, technology, entertainment, sports, or lifestyle, we bring you real-time updates that keep you informed and ahead of the curve.</p>
<p>The Metropolitan Police is facing intense criticism following the resignation of a call handler who claims she was forced to quit after a colleague, accused of serious misconduct, returned to work.</p>
<p>The story broke after the former call handler, who wishes to remain anonymous, detailed her experiences in a powerful statement released to several news outlets.</p>
<p>Thank you for visiting our website, your trusted source for the latest updates and in-depth coverage on this story. We're committed to keeping you informed with timely and accurate information to meet your curiosity and needs.</p>
<p>Don't forget to bookmark our website and check back regularly for the latest headlines and trending topics. See you next time, and thank you for being part of our growing community!</p>
</div></div></body></html>)";
  Page p = extract_html(html, "https://news.example/a", nullptr);
  for (const char* blurb : {"Welcome to your ultimate source", "Thank you for visiting our website", "Don't forget to bookmark"}) {
    const Block* b = block_with(p, blurb);
    REQUIRE(b);
    INFO(b->reason);
    CHECK(b->label == Label::Boilerplate);
    CHECK(b->kind == Kind::Blurb);
  }
  for (const char* story : {"The Metropolitan Police is facing", "The story broke"}) {
    const Block* b = block_with(p, story);
    REQUIRE(b);
    CHECK(b->label == Label::Content);
  }
}

TEST_CASE("classify: div soup with meaningless classes", "[classify]") {
  std::string html = R"(<html lang="en"><body><div class="a1"><div class="x9"><a href="/">Home</a></div><div class="x9"><a href="/w">World</a></div></div>
<div class="k2"><div class="q7">Train fares to rise again in March</div>
<div class="z3">Rail fares will rise by almost five per cent in March, the government announced on Wednesday, the third rise in as many years.</div>
<div class="z3">Campaigners said the increase would push more people back into their cars, while operators said the money was needed for repairs.</div>
<div class="z3">Featured Posts</div>
<div class="z4"><a href="/p1">Kfcs Investment In Uk And Ireland 7 000 New Jobs Created</a></div><div class="z5">May 29, 2025</div>
<div class="z4"><a href="/p2">French Open 2024 Sinner Draper Djokovic Gauff Day 5 Action</a></div><div class="z5">May 29, 2025</div>
</div></body></html>)";
  Page p = extract_html(html, "https://soup.example/fares", nullptr);
  for (const char* story : {"Rail fares will rise", "Campaigners said"}) {
    const Block* b = block_with(p, story);
    REQUIRE(b);
    CHECK(b->label == Label::Content);
  }
  for (const char* chrome : {"Featured Posts", "Kfcs Investment", "French Open 2024", "May 29, 2025", "Home"}) {
    const Block* b = block_with(p, chrome);
    REQUIRE(b);
    INFO(b->text << " | " << b->reason);
    CHECK(b->label == Label::Boilerplate);
  }
}

TEST_CASE("classify: a home page of teasers is a listing", "[classify]") {
  std::string html = "<html lang=en><body><main>";
  for (int i = 0; i < 6; ++i)
    html += "<div class=card><h2><a href='/s" + std::to_string(i) + "'>Story number " + std::to_string(i) +
            " makes the headlines today</a></h2><p>A short teaser about the story, with just enough words to read like a sentence.</p></div>";
  html += "</main></body></html>";
  Page p = extract_html(html, "https://home.example/", nullptr);
  CHECK(p.type == PageType::Listing);
}

TEST_CASE("classify: an empty or text-free page", "[classify]") {
  for (const char* html : {"", "<html><body></body></html>", "<html><body><img src=x><script>x()</script></body></html>"}) {
    Page p = extract_html(html, "https://e.example/", nullptr);
    CHECK(p.blocks.empty());
    CHECK(p.main_text().empty());
    CHECK(p.type == PageType::Other);
    CHECK(to_json(p, "7") == R"({"id":7,"title":"","lang":"","page_type":"other","page_kind":"other","main_text":"","blocks":[]})");
  }
}

TEST_CASE("classify: language detected from the text when lang is missing or wrong", "[classify]") {
  std::string de = "<html lang=en><body><article>"
                   "<p>Die Stadt hat am Dienstag beschlossen, dass die neue Brücke über den Fluss gebaut wird, und die Arbeiten sollen im Frühjahr beginnen.</p>"
                   "<p>Nach Angaben der Verwaltung ist das Projekt nicht teurer als geplant, aber es wird noch eine Abstimmung über den Haushalt geben.</p>"
                   "</article></body></html>";
  CHECK(extract_html(de, "https://de.example/a", nullptr).lang == "de");
  std::string fr = "<html><body><article><p>Le conseil municipal a voté mardi pour la construction d'un nouveau pont sur la rivière, et les travaux doivent commencer au printemps.</p>"
                   "<p>Selon la mairie, le projet ne sera pas plus cher que prévu, mais il y aura encore un vote sur le budget dans les prochains mois.</p></article></body></html>";
  CHECK(extract_html(fr, "https://fr.example/a", nullptr).lang == "fr");
  std::string ja = "<html><body><article><p>市議会は火曜日、川に新しい橋を建設することを決めました。工事は春に始まり、二年かかる見込みです。</p>"
                   "<p>住民の一部は景観が損なわれるとして反対していましたが、市は設計を二度変更したと説明しています。</p></article></body></html>";
  CHECK(extract_html(ja, "https://ja.example/a", nullptr).lang == "ja");
}
