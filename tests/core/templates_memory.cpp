// The site-template memory: recurrence across pages, bounds, bytes, corruption.
#include <catch2/catch.hpp>

#include "winnow/extract.h"
#include "winnow/templates.h"

using namespace winnow;
using templates::Memory;

namespace {
std::string page_html(const std::string& story) {
  return "<html lang=en><body><div class=top><div>Our reporters cover the valley every day</div></div><article><p>" + story +
         " was reported on Monday by our correspondent, who spoke to several people in the town about what happened.</p>"
         "<p>Another paragraph of the story " + story + " follows here, with more details that readers will want to know about.</p>"
         "<p>A third paragraph about " + story + ", so that the page has a proper article body to find and keep.</p>"
         "</article><div class=bottom><div>Our reporters cover the valley every day</div></div></body></html>";
}
}  // namespace

TEST_CASE("templates: a block seen on two other pages of the site becomes template", "[templates]") {
  Memory m;
  extract_html(page_html("The flood"), "https://www.valley.example/a", &m);
  Page second = extract_html(page_html("The fire"), "https://valley.example/b", &m);
  int seen = 0;
  for (const auto& b : second.blocks)
    if (b.text.find("Our reporters") != std::string::npos) {
      CHECK(b.kind != Kind::Template);
      ++seen;
    }
  CHECK(seen == 2);
  // re-reading the same URL does not count as another page
  extract_html(page_html("The fire"), "https://valley.example/b?utm_source=x", &m);
  Page third = extract_html(page_html("The storm"), "https://valley.example/c", &m);
  int templ = 0, story = 0;
  for (const auto& b : third.blocks) {
    if (b.text.find("Our reporters") != std::string::npos) {
      CHECK(b.label == Label::Boilerplate);
      CHECK(b.kind == Kind::Template);
      CHECK(b.reason.find("2 other pages") != std::string::npos);
      ++templ;
    }
    if (b.text.find("The storm was reported") != std::string::npos) {
      CHECK(b.label == Label::Content);
      ++story;
    }
  }
  CHECK(templ == 2);
  CHECK(story == 1);
  // another site is not affected
  Page other = extract_html(page_html("The storm"), "https://other.example/c", &m);
  for (const auto& b : other.blocks) CHECK(b.kind != Kind::Template);
}

TEST_CASE("templates: one site's copy judges that site's pages as the whole memory does", "[templates]") {
  Memory m;
  extract_html(page_html("The flood"), "https://valley.example/a", &m);
  extract_html(page_html("The fire"), "https://valley.example/b", &m);
  extract_html(page_html("The flood"), "https://other.example/a", &m);
  Memory copy = m.site_only("valley.example");
  CHECK(copy.sites() == 1);
  CHECK(m.site_only("unknown.example").sites() == 0);
  // through bytes, as the extension hands it to a content script
  Memory back;
  REQUIRE(back.deserialize(copy.serialize()));
  Page whole = extract_html(page_html("The storm"), "https://valley.example/c", &m);
  Page part = extract_html(page_html("The storm"), "https://valley.example/c", &back);
  REQUIRE(whole.blocks.size() == part.blocks.size());
  int templ = 0;
  for (std::size_t i = 0; i < whole.blocks.size(); ++i) {
    CHECK(whole.blocks[i].kind == part.blocks[i].kind);
    CHECK(whole.blocks[i].reason == part.blocks[i].reason);
    templ += part.blocks[i].kind == Kind::Template;
  }
  CHECK(templ == 2);
}

TEST_CASE("templates: an article heading over this page's own text stays content", "[templates]") {
  // The subhead recurs in every article of the site, the "About" heading over the same note
  // at the end of every article: only the second is site chrome.
  auto page = [](const std::string& story) {
    return "<html lang=en><body><article><h1>" + story + "</h1><p>" + story +
           " was reported on Monday by our correspondent, who spoke to several people in the town about it.</p>"
           "<h2>What happens next?</h2><p>The council meets again about " + story +
           " next week, when residents of the valley will be able to put their questions to officials.</p>"
           "<p>A third paragraph about " + story + ", so that the page has a proper article body to find.</p>"
           "<h3>About the Valley Courier</h3><p>The Valley Courier has reported on the river towns since 1921,"
           " and its archive of past editions stays open to every reader in the valley.</p></article>"
           "</body></html>";
  };
  Memory m;
  extract_html(page("The flood"), "https://valley.example/a", &m);
  extract_html(page("The fire"), "https://valley.example/b", &m);
  Page third = extract_html(page("The storm"), "https://valley.example/c", &m);
  int subhead = 0, about = 0;
  for (const auto& b : third.blocks) {
    if (b.text == "What happens next?") { ++subhead; CHECK(b.label == Label::Content); }
    if (b.text.find("Valley Courier") != std::string::npos) {
      ++about;
      CHECK(b.label == Label::Boilerplate);
      // the note names the site and its readers: the blurb test knows it without the memory
      CHECK((b.kind == Kind::Template || (b.kind == Kind::Blurb && b.text.size() > 40)));
    }
  }
  CHECK(subhead == 1);
  CHECK(about == 2);
}

TEST_CASE("templates: fingerprints ignore case, digits and spacing", "[templates]") {
  CHECK(Memory::fingerprint("© 2024 The Gazette") == Memory::fingerprint("© 2025 the gazette"));
  CHECK(Memory::fingerprint("Page 1 of 12") == Memory::fingerprint("Page 3 of 40"));
  CHECK(Memory::fingerprint("Sport") != Memory::fingerprint("News"));
  CHECK(Memory::page_key("https://a.example/x?y=1#z") == Memory::page_key("http://a.example/x/"));
}

TEST_CASE("templates: bytes round-trip, corruption is reported and skipped", "[templates]") {
  Memory m;
  m.record("a.example", 1, {10, 11, 12});
  m.record("a.example", 2, {10, 11});
  m.record("b.example", 3, {20});
  std::string bytes = m.serialize();
  CHECK(bytes.substr(0, 4) == "WTPL");
  Memory r;
  std::string error;
  REQUIRE(r.deserialize(bytes, &error));
  CHECK(r.sites() == 2);
  CHECK(r.blocks() == 4);
  CHECK(r.other_pages("a.example", 10, 99) == 2);
  CHECK(r.other_pages("a.example", 10, 1) == 1);
  CHECK(r.serialize() == bytes);

  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x5A);
    Memory x;
    x.record("keep.example", 1, {1});
    CHECK_FALSE(x.deserialize(bad, &error));
    CHECK(x.sites() == 0);
    CHECK(!error.empty());
  }
  for (std::size_t n = 0; n < bytes.size(); n += 5) {
    Memory x;
    CHECK_FALSE(x.deserialize(bytes.substr(0, n), &error));
  }
  Memory x;
  CHECK_FALSE(x.deserialize("not a memory at all, just some text", &error));
  CHECK_FALSE(x.deserialize(std::string(64, '\0'), &error));
}

TEST_CASE("templates: memory stays within its bounds", "[templates]") {
  templates::Limits lim;
  lim.max_sites = 3;
  lim.max_blocks_per_site = 100;
  Memory m(lim);
  for (int s = 0; s < 10; ++s) {
    std::vector<std::uint64_t> fps;
    for (int k = 0; k < 500; ++k) fps.push_back(static_cast<std::uint64_t>(s * 1000 + k));
    m.record("site" + std::to_string(s) + ".example", static_cast<std::uint64_t>(s), fps);
  }
  CHECK(m.sites() == 3);
  CHECK(m.blocks() <= 300);
  // the most recent site survives, its newest blocks too
  CHECK(m.other_pages("site9.example", 9499, 0) == 1);
  CHECK(m.other_pages("site0.example", 0, 99) == 0);
}
