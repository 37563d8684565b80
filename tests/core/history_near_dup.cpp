// A re-post is never lost while its original is retained: thousands of same-topic pages read in
// between (they flood the key-term index), re-posts of re-posts, re-posts of pages judged repeats,
// removals and retention, and histories read from format 1.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>

#include "story_test_util.h"
#include "winnow/history.h"

using namespace winnow;
using namespace story_test;

namespace {

// The original's vocabulary: names and topic words every page in between shares with it.
const char* kTopic[] = {"Ravensholm", "Vasquez", "harbour", "storm", "council", "Carlton", "roofs",
                        "engineers", "schools", "gusts", "kilometres", "emergency", "crews", "mayor"};

std::string word(std::mt19937_64& rng) {
  static const char* syl[] = {"ka", "lo", "mi", "ren", "tas", "vel", "dor", "pha", "gri", "sun", "wet", "bra"};
  std::string w;
  for (int k = 2 + static_cast<int>(rng() % 3); k > 0; --k) w += syl[rng() % 12];
  return w;
}

// A paragraph of `n` words: topic words and made-up ones in random order, so pages share the
// original's key terms but hardly any of its three-word runs.
std::string paragraph(std::mt19937_64& rng, int n) {
  std::string p;
  for (int i = 0; i < n; ++i) {
    p += (rng() % 3 == 0) ? std::string(kTopic[rng() % 14]) : word(rng);
    p += (i + 1) % 12 == 0 ? ". " : " ";
  }
  return p;
}

std::string article(std::mt19937_64& rng, int paras) {
  std::string t;
  for (int i = 0; i < paras; ++i) t += paragraph(rng, 40) + "\n";
  return t;
}

// A re-post: another site's chrome line, one sentence edited, one paragraph added.
std::string repost(const std::string& text, std::mt19937_64& rng) {
  std::string t = "Share this story on social media\n" + text;
  std::size_t at = t.find(' ', t.size() / 2);
  t.insert(at, " reportedly");
  return t + paragraph(rng, 30) + "\nSign up for our newsletter\n";
}

struct Reader {
  history::History h;
  int n = 0;
  std::string read(const std::string& title, const std::string& text) {
    return read_page(text_page(title, text));
  }
  std::string read_page(const Page& page) {
    history::Visit v;
    v.id_json = "\"p" + std::to_string(n) + "\"";
    v.url = "https://site" + std::to_string(n) + ".example/a";
    v.time = 1700000000 + n;
    v.text_doc = true;
    ++n;
    return history::visit(h, page, v, match::Sensitivity::Normal);
  }
  void filler(std::mt19937_64& rng, int count) {
    for (int i = 0; i < count; ++i) read("Storm council Ravensholm " + word(rng), article(rng, 4));
  }
};

bool duplicate_of(const std::string& answer, const std::string& id) {
  return answer.find(R"("verdict":"duplicate")") != std::string::npos &&
         answer.find(R"("match_id":")" + id + "\"") != std::string::npos;
}

}  // namespace

TEST_CASE("history: a re-post is found after 10,000 same-topic pages, and so are re-posts of it",
          "[history][neardup]") {
  std::mt19937_64 rng(18);
  Reader r;
  std::string original = article(rng, 6);
  r.read("Storm hits Ravensholm", original);  // p0
  r.filler(rng, 10000);
  // The term index is flooded: the original is not among its candidates any more.
  std::string first = repost(original, rng);
  std::string a1 = r.read("Storm hits Ravensholm | The Courier", first);
  REQUIRE(duplicate_of(a1, "p0"));
  std::string first_id = "p" + std::to_string(r.n - 1);
  r.filler(rng, 2000);
  // A re-post of the re-post (which was itself judged a repeat).
  std::string second = repost(first, rng);
  std::string a2 = r.read("UPDATED: Storm hits Ravensholm", second);
  REQUIRE((duplicate_of(a2, "p0") || duplicate_of(a2, first_id)));
  // The original removed: the pages judged repeats still carry the story.
  REQUIRE(r.h.remove("\"p0\""));
  std::string a3 = r.read("Storm hits Ravensholm - Metro", repost(original, rng));
  REQUIRE(a3.find(R"("verdict":"duplicate")") != std::string::npos);
  REQUIRE(a3.find(R"("match_id":"p0")") == std::string::npos);
  // Retention drops the oldest pages in between; what is left is still found.
  REQUIRE(r.h.retain(0, 5000) > 0);
  std::string a4 = r.read("Storm hits Ravensholm (again)", repost(second, rng));
  REQUIRE(a4.find(R"("verdict":"duplicate")") != std::string::npos);
}

// `page` with every block labelled as extract would have it: chrome but the last `keep` blocks.
Page judged(Page page, std::size_t keep) {
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    bool content = i + keep >= page.blocks.size();
    page.blocks[i].label = content ? Label::Content : Label::Boilerplate;
    page.blocks[i].kind = content ? Kind::Article : Kind::Other;
  }
  return page;
}

TEST_CASE("history: a re-post is a duplicate whatever share of it extract judged chrome",
          "[history][neardup]") {
  // The same text judged article on one copy and chrome on another (the classifier misreads a
  // language, new chrome lines tip it): the copy is found by its text.
  std::mt19937_64 rng(3);
  Reader r;
  std::string original = article(rng, 8);
  r.read_page(judged(text_page("Storm hits Ravensholm", original), 100));  // p0: all article
  std::string chrome_original = article(rng, 8);
  r.read_page(judged(text_page("Storm hits Ravensholm again", chrome_original), 0));  // p1: all chrome
  r.filler(rng, 10000);
  std::string most = r.read_page(judged(text_page("Storm hits Ravensholm | The Courier", repost(original, rng)), 2));
  REQUIRE(duplicate_of(most, "p0"));
  std::string all = r.read_page(judged(text_page("Storm hits Ravensholm | Metro", repost(original, rng)), 0));
  REQUIRE(duplicate_of(all, "p0"));
  std::string back = r.read_page(judged(text_page("Ravensholm storm again", repost(chrome_original, rng)), 100));
  REQUIRE(duplicate_of(back, "p1"));
}

TEST_CASE("history: a site's template lines never make two of its stories copies", "[history][neardup]") {
  // A site's first story is read before its template is known (its long chrome lines count as
  // article); on the next, the site's memory marks them `template`. The stories are not copies:
  // chrome known to recur stays out of the page's text.
  std::mt19937_64 rng(5);
  std::string chrome;
  for (int i = 0; i < 6; ++i) chrome += paragraph(rng, 30) + "\n";
  auto page = [&](const std::string& title, bool template_known) {
    Page p = text_page(title, chrome + paragraph(rng, 25) + "\n");
    for (std::size_t i = 0; i < p.blocks.size(); ++i) {
      bool chrome_line = template_known && i + 1 < p.blocks.size();
      p.blocks[i].label = chrome_line ? Label::Boilerplate : Label::Content;
      p.blocks[i].kind = chrome_line ? Kind::Template : Kind::Article;
    }
    return p;
  };
  Reader r;
  r.read_page(page("Council meets", false));
  std::string second = r.read_page(page("Harbour reopens", true));
  REQUIRE(second.find(R"("verdict":"duplicate")") == std::string::npos);
}

TEST_CASE("history: every page a re-post shares its text with is a candidate, however many",
          "[history][neardup]") {
  std::mt19937_64 rng(7);
  Reader r;
  std::string original = article(rng, 5);
  // 300 re-posts of one text (a wire story everywhere): the index walks them all.
  for (int i = 0; i < 300; ++i) r.read("Wire story " + std::to_string(i), repost(original, rng));
  r.filler(rng, 500);
  std::string a = r.read("Wire story again", repost(original, rng));
  REQUIRE(a.find(R"("verdict":"duplicate")") != std::string::npos);
}

TEST_CASE("history: a format-1 history still finds copies of its pages", "[history][neardup][format]") {
  std::ifstream f(std::string(WINNOW_TEST_DIR) + "/data/history-format-v1.bin", std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  history::LoadReport rep;
  history::History h = history::History::deserialize(ss.str(), &rep);
  REQUIRE(rep.ok);
  REQUIRE(rep.version == 1);
  REQUIRE((h.record(0).flags & fingerprint::kRecordMinHashV1) != 0);
  // The first page of tests/data/history-format-input.jsonl, re-posted under another address.
  fingerprint::Article a = h.fingerprint(text_page("Storm hits Ravensholm | Elsewhere", storm_text("Ravensholm", 2019, 0)));
  history::Found found = h.lookup(a, "", match::Sensitivity::Normal);
  REQUIRE(found.judgement.verdict == match::Verdict::Duplicate);
  REQUIRE(h.entry(static_cast<std::size_t>(found.slot)).id_json == "\"fmt-1\"");
  // Saved again, the records keep what they are.
  history::History again = history::History::deserialize(h.serialize(), &rep);
  REQUIRE(rep.version == history::kFormatVersion);
  REQUIRE((again.record(0).flags & fingerprint::kRecordMinHashV1) != 0);
  REQUIRE(again.lookup(a, "", match::Sensitivity::Normal).judgement.verdict == match::Verdict::Duplicate);
}

TEST_CASE("history: 100,000 pages read do not make a new article's paragraphs look like chrome",
          "[history][neardup]") {
  history::History h;
  std::mt19937_64 rng(100000);
  for (int n = 0; n < 100000; ++n) {
    fingerprint::Article a;  // only what the chrome memory counts: 15 distinct paragraphs
    for (int k = 0; k < 15; ++k) {
      fingerprint::Paragraph p;
      p.exact = rng() | 1;
      a.paragraphs.push_back(std::move(p));
    }
    history::Entry e;
    e.id_json = "\"f" + std::to_string(n) + "\"";
    h.add(std::move(e), a, true);
  }
  fingerprint::Article now = h.fingerprint(text_page("Storm hits Ravensholm", storm_text("Ravensholm", 2019, 0)));
  int chrome = 0;
  for (const fingerprint::Paragraph& p : now.paragraphs) chrome += p.boilerplate;
  REQUIRE(chrome == 0);
  // What recurs on every page now is still chrome.
  for (int n = 0; n < 5; ++n) {
    fingerprint::Article a = h.fingerprint(text_page("Page " + std::to_string(n), "Subscribe to the Ravensholm Gazette today\n" + paragraph(rng, 30)));
    history::Entry e;
    e.id_json = "\"c" + std::to_string(n) + "\"";
    h.add(std::move(e), a, true);
  }
  fingerprint::Article later = h.fingerprint(text_page("x", "Subscribe to the Ravensholm Gazette today\n" + paragraph(rng, 30)));
  REQUIRE(later.paragraphs.front().boilerplate);
  REQUIRE_FALSE(later.paragraphs.back().boilerplate);
}
