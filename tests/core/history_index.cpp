// The history index: add, look up, URL identity, remove, retention, the reading step.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "story_test_util.h"
#include "winnow/extract.h"
#include "winnow/history.h"
#include "winnow/html.h"
#include "winnow/snapshot.h"
#include "winnow/templates.h"

using namespace winnow;
using namespace story_test;

namespace {

std::string step(history::History& h, const std::string& id, const std::string& url, const Page& p,
                 std::int64_t time = 1700000000) {
  history::Visit v;
  v.id_json = "\"" + id + "\"";
  v.url = url;
  v.time = time;
  v.text_doc = true;
  return history::visit(h, p, v, match::Sensitivity::Normal);
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("history: URLs lose tracking parameters and the fragment; canonical wins", "[history]") {
  REQUIRE(history::normalize_url("https://News.Example.com/a/b?utm_source=x&id=3&fbclid=9#top", "") ==
          "https://news.example.com/a/b?id=3");
  REQUIRE(history::normalize_url("https://x.org/p?gclid=1&UTM_medium=2", "") == "https://x.org/p");
  REQUIRE(history::normalize_url("https://www.x.org/p?a=1", "https://x.org/story/1") == "https://x.org/story/1");
  REQUIRE(history::normalize_url("https://m.x.org/p?a=1", "/story/1") == "https://m.x.org/story/1");
}

TEST_CASE("history: the best earlier page is named; unrelated pages are not matched", "[history]") {
  history::History h;
  REQUIRE(has(step(h, "a", "https://one.example/storm", text_page("Storm", storm_text("Ravensholm", 2019, 0))),
              R"("seen_before":false,"match_id":null,"match_url":null,"score":0.0000)"));
  step(h, "b", "https://two.example/vote", text_page("Vote", election_text()));
  step(h, "c", "https://three.example/food", text_page("Salad", recipe_text()));
  REQUIRE(h.size() == 3);
  std::string retold = step(h, "d", "https://four.example/x", text_page("Damage", storm_text("Ravensholm", 2019, 1)));
  REQUIRE(has(retold, R"("seen_before":true,"match_id":"a","match_url":"https://one.example/storm")"));
  REQUIRE(has(retold, R"("verdict":"same_story")"));
  std::string repost = step(h, "e", "https://five.example/y", text_page("Storm", storm_text("Ravensholm", 2019, 0)));
  REQUIRE(has(repost, R"("verdict":"duplicate")"));
  REQUIRE(has(repost, R"("match_id":"a")"));  // the first, equal-scoring visit wins ties
  std::string fresh = step(h, "f", "https://six.example/z", text_page("Flood in Kettlewick", flood_text()));
  REQUIRE(has(fresh, R"("verdict":"different")"));
  REQUIRE(has(fresh, R"("match_id":null)"));
}

TEST_CASE("history: re-reading a URL matches its own visit and shows what is new", "[history]") {
  history::History h;
  step(h, "v1", "https://one.example/storm?utm_source=feed", text_page("Storm", storm_text("Ravensholm", 2019, 0)));
  step(h, "other", "https://two.example/vote", text_page("Vote", election_text()));
  std::string updated = storm_text("Ravensholm", 2019, 0) +
                        "Update: a fourth resident, a fisherman from Hollin Bay, was found injured on Thursday.\n";
  std::string out = step(h, "v2", "https://one.example/storm#comments", text_page("Storm", updated));
  REQUIRE(has(out, R"("match_id":"v1")"));
  REQUIRE(has(out, R"("verdict":"duplicate")"));
  REQUIRE(has(out, R"("index":5,"text":"Update: a fourth resident, a fisherman from Hollin Bay, was found injured on Thursday.","status":"new")"));
  REQUIRE(has(out, R"("index":0,)"));
  REQUIRE(has(out, R"(","status":"known"})"));
}

TEST_CASE("history: only articles are added; lookup alone adds nothing", "[history]") {
  history::History h;
  Page listing = text_page("Front page", storm_text("Ravensholm", 2019, 0));
  listing.type = PageType::Listing;
  history::Visit v;
  v.id_json = "1";
  v.url = "https://x.example/";
  history::visit(h, listing, v, match::Sensitivity::Normal);
  REQUIRE(h.size() == 0);
  history::visit(h, text_page("Storm", storm_text("Ravensholm", 2019, 0)), v, match::Sensitivity::Normal, false);
  REQUIRE(h.size() == 0);
  history::visit(h, text_page("", ""), v, match::Sensitivity::Normal);  // nothing to keep
  REQUIRE(h.size() == 0);
}

TEST_CASE("history: remove by id or address, retention by age and by count", "[history]") {
  history::History h;
  step(h, "a", "https://one.example/a", text_page("Storm", storm_text("Ravensholm", 2019, 0)), 1000);
  step(h, "b", "https://two.example/b", text_page("Vote", election_text()), 2000);
  step(h, "c", "https://three.example/c", text_page("Salad", recipe_text()), 3000);
  step(h, "d", "https://four.example/d", text_page("Flood", flood_text()), 4000);
  REQUIRE(h.size() == 4);
  REQUIRE(h.remove("\"b\""));
  REQUIRE_FALSE(h.remove("\"b\""));
  REQUIRE(h.size() == 3);
  REQUIRE(h.remove_url("https://three.example/c"));
  REQUIRE(h.size() == 2);
  REQUIRE(h.retain(1500, 0) == 1);  // "a" is older
  REQUIRE(h.size() == 1);
  REQUIRE(h.entry(0).id_json == "\"d\"");
  // The removed story is no longer found.
  std::string again = step(h, "e", "https://five.example/e", text_page("Storm", storm_text("Ravensholm", 2019, 0)), 5000);
  REQUIRE(has(again, R"("match_id":null)"));
  step(h, "f", "https://six.example/f", text_page("Vote", election_text()), 6000);
  REQUIRE(h.size() == 3);
  REQUIRE(h.retain(0, 2) == 1);  // the oldest goes
  REQUIRE(h.size() == 2);
  REQUIRE(h.entry(0).id_json == "\"e\"");
  h.clear();
  REQUIRE(h.size() == 0);
}

TEST_CASE("history: time is ISO 8601 or seconds since the epoch", "[history]") {
  std::int64_t t = 0;
  REQUIRE(history::parse_time("1970-01-02T00:00:00Z", &t));
  REQUIRE(t == 86400);
  REQUIRE(history::parse_time("2024-02-29T12:30:15+02:00", &t));
  REQUIRE(t == 1709202615);
  REQUIRE(history::parse_time("2024-03-01", &t));
  REQUIRE(t == 1709251200);
  REQUIRE(history::parse_time("2024-03-01T10:00:00.250Z", &t));
  REQUIRE(t == 1709287200);
  REQUIRE(history::parse_time("1700000000", &t));
  REQUIRE(t == 1700000000);
  REQUIRE(history::parse_time("1700000000.9", &t));
  REQUIRE(t == 1700000000);
  REQUIRE_FALSE(history::parse_time("yesterday", &t));
  REQUIRE_FALSE(history::parse_time("2024-13-01", &t));
}

TEST_CASE("history: a snapshot read beside its record answers as the same snapshot inside it", "[history]") {
  std::ifstream in(std::string(WINNOW_TEST_DIR) + "/pages/bestnews-daily/met-police-backlash-call-handler.html");
  std::stringstream html;
  html << in.rdbuf();
  const std::string url = "https://www.bestnews-daily.example/met/";
  const std::string snap = dom::to_snapshot(dom::from_html(html.str()), url);
  const std::string record = R"({"id":"a","url":")" + url + R"(","time":1700000000,"sensitivity":"high")";
  const std::string inside = record + R"(,"snapshot":)" + match::json_string(snap) + "}";

  templates::Memory m1, m2;
  history::Reading apart = history::read_record(&m1, record + "}", snap, true, 0);
  history::Reading together = history::read_record(&m2, inside, true, 0);
  REQUIRE(apart.error.empty());
  REQUIRE(together.error.empty());
  CHECK(apart.page.type == PageType::Article);
  CHECK(to_json(apart.page, "null") == to_json(together.page, "null"));
  CHECK(apart.visit.url == url);
  CHECK(apart.visit.time == 1700000000);
  CHECK(apart.sensitivity == match::Sensitivity::High);
  CHECK(m1.serialize() == m2.serialize());  // both recorded the page into the site's templates

  // One snapshot per record: given twice, the record is refused.
  history::Reading twice = history::read_record(&m1, inside, snap, true, 0);
  CHECK(twice.error.find("both in the record and beside it") != std::string::npos);
  CHECK(twice.error.find(R"("id":"a")") != std::string::npos);
}
