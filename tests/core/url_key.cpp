// A page's identity in the history: a canonical link counts only on the page's own site, so a
// page cannot ask "was this other address read?" nor be recorded under it.
#include <catch2/catch.hpp>

#include "story_test_util.h"
#include "winnow/history.h"

using namespace winnow;
using namespace story_test;

TEST_CASE("url key: a canonical link on the page's own site wins over the address", "[history][canonical]") {
  REQUIRE(history::normalize_url("https://www.x.org/p?a=1", "https://x.org/story/1") == "https://x.org/story/1");
  REQUIRE(history::normalize_url("http://X.org/amp/1", "https://x.org/story/1#top") == "https://x.org/story/1");
  REQUIRE(history::normalize_url("https://x.org/p", "//www.x.org/story/1") == "https://www.x.org/story/1");
  REQUIRE(history::normalize_url("https://x.org:8443/p", "/story/1") == "https://x.org:8443/story/1");
  // resolved at the address's authority (winnow::authority_of), whatever follows the host
  REQUIRE(history::normalize_url("https://x.org?amp=1", "/story/1") == "https://x.org/story/1");
}

TEST_CASE("url key: scheme and authority lower-cased, path and query kept as written", "[history][canonical]") {
  const std::pair<const char*, const char*> keys[] = {
      {"HTTPS://User@News.Example:8080/A/B?Q=1&UTM_x=2#F", "https://user@news.example:8080/A/B?Q=1"},
      {"News.Example/A?B", "news.example/A?B"},
      {"//News.Example/A", "//news.example/A"},
      {"  https://X.org/p  ", "https://x.org/p"},
  };
  for (const auto& [url, key] : keys) CHECK(history::normalize_url(url, "") == key);
}

TEST_CASE("url key: a canonical link naming another site is ignored", "[history][canonical]") {
  REQUIRE(history::normalize_url("https://evil.example/probe?q=1", "https://news.example/story") ==
          "https://evil.example/probe?q=1");
  REQUIRE(history::normalize_url("https://evil.example/probe", "//news.example/story") == "https://evil.example/probe");
  // A subdomain is another site (design.md's site: the host without a leading "www.").
  REQUIRE(history::normalize_url("https://m.x.org/p", "https://x.org/story/1") == "https://m.x.org/p");
  REQUIRE(history::normalize_url("https://x.org.evil.example/p", "https://x.org/s") == "https://x.org.evil.example/p");
  REQUIRE(history::normalize_url("https://evil.example/p", "https://user@news.example/s") == "https://evil.example/p");
  // Not a URL at all: the address stands.
  REQUIRE(history::normalize_url("https://x.org/p", "javascript:alert(1)") == "https://x.org/p");
}

TEST_CASE("url key: another site's canonical neither matches that address nor is recorded under it",
          "[history][canonical]") {
  history::History h;
  auto step = [&](const std::string& id, const std::string& url, const Page& p) {
    history::Visit v;
    v.id_json = "\"" + id + "\"";
    v.url = url;
    v.time = 1700000000;
    v.text_doc = true;
    return history::visit(h, p, v, match::Sensitivity::Normal);
  };
  step("read", "https://news.example/storm", text_page("Storm", storm_text("Ravensholm", 2019, 0)));
  Page probe = text_page("Salad", recipe_text());
  probe.canonical = "https://news.example/storm";
  std::string asked = step("probe", "https://evil.example/p", probe);
  CHECK(asked.find(R"("verdict":"different")") != std::string::npos);
  CHECK(asked.find(R"("match_id":null)") != std::string::npos);
  // The reader's own visit to the address finds their own reading, not the probe's.
  std::string real = step("again", "https://news.example/storm", text_page("Storm", storm_text("Ravensholm", 2019, 0)));
  CHECK(real.find(R"("match_id":"read")") != std::string::npos);
  CHECK(real.find(R"("verdict":"duplicate")") != std::string::npos);
}
