// Verdicts, paragraph marks and the JSON answers of compare/history.
#include <catch2/catch.hpp>

#include "story_test_util.h"
#include "winnow/match.h"

using namespace winnow;
using namespace story_test;

TEST_CASE("match: a re-post is a duplicate, a retelling the same story, another event different", "[match]") {
  Page a = text_page("Storm hits Ravensholm", storm_text("Ravensholm", 2019, 0));
  Page repost = text_page("Storm hits Ravensholm | Other Site",
                          "Skip to main content | Home | World | Sports\n" + storm_text("Ravensholm", 2019, 0));
  Page retold = text_page("Ravensholm counts the damage", storm_text("Ravensholm", 2019, 2));
  Page other = text_page("Moldavia votes", election_text());
  match::Judgement dup = match::compare_pages(a, repost, match::Sensitivity::Normal);
  match::Judgement same = match::compare_pages(a, retold, match::Sensitivity::Normal);
  match::Judgement diff = match::compare_pages(a, other, match::Sensitivity::Normal);
  REQUIRE(dup.verdict == match::Verdict::Duplicate);
  REQUIRE(same.verdict == match::Verdict::SameStory);
  REQUIRE(diff.verdict == match::Verdict::Different);
  REQUIRE(dup.score > same.score);
  REQUIRE(same.score > diff.score);
  REQUIRE(diff.score >= 0.0);
  REQUIRE(dup.score <= 1.0);
}

TEST_CASE("match: sensitivity moves the same-story threshold, never the duplicate one", "[match]") {
  fingerprint::Similarity s;
  s.story = 0.40;  // between the high (0.36) and low (0.48) cuts
  s.terms = fingerprint::kEvidenceTerms;
  REQUIRE(match::judge(s, match::Sensitivity::High).verdict == match::Verdict::SameStory);
  REQUIRE(match::judge(s, match::Sensitivity::Low).verdict == match::Verdict::Different);
  s.story = 0.1;
  s.resemblance = 0.9;
  REQUIRE(match::judge(s, match::Sensitivity::Low).verdict == match::Verdict::Duplicate);
  match::Sensitivity out;
  REQUIRE(match::parse_sensitivity("high", &out));
  REQUIRE(out == match::Sensitivity::High);
  REQUIRE_FALSE(match::parse_sensitivity("extreme", &out));
}

TEST_CASE("match: paragraphs of a known story are known, new ones new, chrome boilerplate", "[match]") {
  Page earlier = text_page("Storm", storm_text("Ravensholm", 2019, 0));
  fingerprint::Article e = fingerprint::fingerprint(earlier, {});
  fingerprint::Record r = fingerprint::to_record(e);
  Page now = text_page("Storm", storm_text("Ravensholm", 2019, 0) +
                                     "A benefit concert for the families is planned at the Linden theatre next month.\n");
  Block chrome;
  chrome.text = "Share this article: Facebook Twitter Email";
  chrome.label = Label::Boilerplate;
  now.blocks.push_back(chrome);
  fingerprint::Article a = fingerprint::fingerprint(now, {});
  auto st = match::paragraph_status(a, &r, match::Verdict::Duplicate);
  REQUIRE(st.size() == 7);
  for (int i = 0; i < 5; ++i) REQUIRE(st[i] == match::ParaStatus::Known);
  REQUIRE(st[5] == match::ParaStatus::New);
  REQUIRE(st[6] == match::ParaStatus::Boilerplate);
  // No match: every article paragraph is new.
  auto none = match::paragraph_status(a, nullptr, match::Verdict::Different);
  REQUIRE(none.size() == 7);
  for (int i = 0; i < 6; ++i) REQUIRE(none[i] == match::ParaStatus::New);
  REQUIRE(none[6] == match::ParaStatus::Boilerplate);
}

TEST_CASE("match: the answers are JSON in design.md's field order", "[match]") {
  match::Judgement j;
  j.score = 0.5;
  j.verdict = match::Verdict::SameStory;
  REQUIRE(match::compare_json("\"p1\"", j) == R"({"id":"p1","score":0.5000,"verdict":"same_story"})");

  Page p = text_page("T", "First \"line\"\n\nSecond line\n");
  fingerprint::Article a = fingerprint::fingerprint(p, {});
  match::HistoryAnswer ans;
  ans.id_json = "7";
  auto st = match::paragraph_status(a, nullptr, match::Verdict::Different);
  REQUIRE(match::history_json(ans, a, st) ==
          R"({"id":7,"seen_before":false,"match_id":null,"match_url":null,"score":0.0000,"verdict":"different",)"
          R"("paragraphs":[{"index":0,"text":"First \"line\"","status":"new"},{"index":1,"text":"Second line","status":"new"}]})");
  REQUIRE(match::json_string("a\x01\xff") == "\"a\\u0001\xEF\xBF\xBD\"");
}
