// The text-only classifier (text DOCs): pasted site chrome judged from the words alone.
#include <catch2/catch.hpp>

#include "extract_test_util.h"
#include "winnow/extract.h"

using namespace winnow;
using winnow::test::blocks_matching;

TEST_CASE("extract_text: seed 000 as pasted text, blurbs and lists marked", "[classify][text]") {
  std::string raw = test::read_file(std::string(WINNOW_SHARED_DIR) + "/seeds/000_ac5ac1093eadff3d.txt");
  REQUIRE(!raw.empty());
  std::size_t nl = raw.find('\n');
  std::string title = raw.substr(0, nl);
  Page p = extract_text(title, raw.substr(nl + 1), "", nullptr);
  CHECK(p.type == PageType::Article);
  for (const char* chrome : {"Welcome to your ultimate source", "Our team works tirelessly", "Stay in the know",
                             "Thank you for visiting our website", "If you have any questions, suggestions",
                             "Don't forget to bookmark", "Featured Posts", "Latest Posts", "Table of Contents",
                             "Kfcs Investment In Uk And Ireland", "May 29, 2025 -", "Jeremy Clarksons Sidekick"}) {
    bool found = false;
    for (const auto& b : p.blocks)
      if (b.text.find(chrome) != std::string::npos) {
        found = true;
        INFO(b.text << " | " << b.reason);
        CHECK(b.label == Label::Boilerplate);
      }
    CHECK(found);
  }
  for (const char* para : {"The Metropolitan Police is facing intense criticism", "The story broke after",
                           "The Impact on Staff Morale and Public Trust", "This situation is not just",
                           "What Happens Next?", "The fallout from this incident"}) {
    bool found = false;
    for (const auto& b : p.blocks)
      if (b.text.find(para) != std::string::npos) {
        found = true;
        INFO(b.text << " | " << b.reason);
        CHECK(b.label == Label::Content);
      }
    CHECK(found);
  }
}

TEST_CASE("extract_text: every seed keeps its long paragraphs and drops its blurbs", "[classify][text]") {
  for (const char* seed : {"000_ac5ac1093eadff3d", "001_76d5ac348275f99b", "002_7bd03bcd272b9bba",
                           "003_7a8291d5daaa9988"}) {
    std::string raw = test::read_file(std::string(WINNOW_SHARED_DIR) + "/seeds/" + seed + ".txt");
    REQUIRE(!raw.empty());
    Page p = extract_text("", raw, "", nullptr);
    int blurbs = 0;
    for (const auto& b : p.blocks) {
      INFO(std::string(seed) + ": " + b.text.substr(0, 80) + " | " + b.reason);
      bool blurb = false;
      for (const char* opening : {"Welcome to your ultimate source", "Our team works tirelessly", "Stay in the know",
                                  "Thank you for visiting", "bookmark our website", "If you have any questions"})
        blurb |= b.text.find(opening) != std::string::npos;
      if (blurb) {
        CHECK(b.label == Label::Boilerplate);
        ++blurbs;
      } else if (b.text.size() >= 200) {
        CHECK(b.label == Label::Content);  // a long paragraph that is not a blurb is the story's
      }
    }
    CHECK(blurbs == 6);  // each seed opens with three and closes with three
    std::string main = p.main_text();
    bool story = main.find("Metropolitan Police") != std::string::npos || main.find("Met Police") != std::string::npos;
    CHECK(story);
  }
}

TEST_CASE("extract_text: short plain text stays content, lines are paragraphs", "[classify][text]") {
  Page p = extract_text("A cat", "A cat sat on the mat.\n\n  \nIt slept.\n", "", nullptr);
  REQUIRE(p.blocks.size() == 2);
  CHECK(p.blocks[0].text == "A cat sat on the mat.");
  CHECK(p.blocks[0].label == Label::Content);
  CHECK(p.blocks[1].label == Label::Content);
  CHECK(p.type == PageType::Article);
  CHECK(extract_text("", "", "", nullptr).type == PageType::Other);
}
