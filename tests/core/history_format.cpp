// The history's bytes: round trip, every committed older format, damage reported and skipped.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "story_test_util.h"
#include "winnow/history.h"

using namespace winnow;
using namespace story_test;

namespace {

history::History sample() {
  history::History h;
  const char* places[] = {"Ravensholm", "Kettlewick", "Amberley"};
  for (int i = 0; i < 3; ++i) {
    history::Visit v;
    v.id_json = "\"s" + std::to_string(i) + "\"";
    v.url = "https://site" + std::to_string(i) + ".example/story";
    v.time = 1700000000 + i;
    v.text_doc = true;
    history::visit(h, text_page(std::string("Storm hits ") + places[i], storm_text(places[i], 2019 + i, i)), v,
                   match::Sensitivity::Normal);
  }
  return h;
}

std::string read(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("history format: bytes round trip with records, strings and statistics", "[history][format]") {
  history::History h = sample();
  h.set_attachment(std::string("templates\0bytes", 15));
  std::string bytes = h.serialize();
  history::LoadReport rep;
  history::History back = history::History::deserialize(bytes, &rep);
  REQUIRE(rep.ok);
  REQUIRE(rep.version == history::kFormatVersion);
  REQUIRE(rep.skipped == 0);
  REQUIRE_FALSE(rep.stats_lost);
  REQUIRE(back.size() == 3);
  REQUIRE(back.entry(1).id_json == "\"s1\"");
  REQUIRE(back.entry(1).url == "https://site1.example/story");
  REQUIRE(back.entry(1).title == "Storm hits Kettlewick");
  REQUIRE(back.entry(1).time == 1700000001);
  REQUIRE(back.stats().documents() == 3);
  REQUIRE(back.attachment() == std::string("templates\0bytes", 15));
  REQUIRE(back.serialize() == bytes);
  // The loaded history finds what the original found.
  fingerprint::Article q = back.fingerprint(text_page("Storm", storm_text("Kettlewick", 2020, 1)));
  history::Found f = back.lookup(q, "", match::Sensitivity::Normal);
  REQUIRE(f.matched);
  REQUIRE(back.entry(static_cast<std::size_t>(f.slot)).id_json == "\"s1\"");
}

TEST_CASE("history format: a damaged record is reported and skipped, the rest kept", "[history][format]") {
  std::string bytes = sample().serialize();
  std::size_t second = bytes.find("WREC", bytes.find("WREC") + 4);
  REQUIRE(second != std::string::npos);
  bytes[second + 40] ^= 0x5a;  // inside the second record's payload
  history::LoadReport rep;
  history::History back = history::History::deserialize(bytes, &rep);
  REQUIRE(rep.ok);
  REQUIRE(rep.skipped == 1);
  REQUIRE(back.size() == 2);
  REQUIRE(back.entry(0).id_json == "\"s0\"");
  REQUIRE(back.entry(1).id_json == "\"s2\"");
  REQUIRE_FALSE(rep.problems.empty());
}

TEST_CASE("history format: a damaged header loses the statistics, not the records", "[history][format]") {
  std::string bytes = sample().serialize();
  bytes[30] ^= 0x11;  // inside the header's tables
  history::LoadReport rep;
  history::History back = history::History::deserialize(bytes, &rep);
  REQUIRE(rep.ok);
  REQUIRE(rep.stats_lost);
  REQUIRE(back.size() == 3);
}

TEST_CASE("history format: truncation keeps every whole record", "[history][format]") {
  std::string bytes = sample().serialize();
  std::size_t last = bytes.rfind("WREC");
  history::LoadReport rep;
  history::History back = history::History::deserialize(bytes.substr(0, last + 50), &rep);
  REQUIRE(rep.ok);
  REQUIRE(back.size() == 2);
  REQUIRE(rep.skipped >= 1);
}

TEST_CASE("history format: not a history, or a newer format, is refused whole", "[history][format]") {
  history::LoadReport rep;
  REQUIRE(history::History::deserialize("hello world, not a history", &rep).size() == 0);
  REQUIRE_FALSE(rep.ok);
  std::string bytes = sample().serialize();
  bytes[4] = static_cast<char>(history::kFormatVersion + 1);
  REQUIRE(history::History::deserialize(bytes, &rep).size() == 0);
  REQUIRE_FALSE(rep.ok);
  REQUIRE(history::History::deserialize("", &rep).size() == 0);
}

// Every format version ever written stays readable: tests/data keeps a file of each, written
// by `winnow history` from tests/data/history-format-input.jsonl (see tests/data/README.md).
TEST_CASE("history format: the committed file of each version loads", "[history][format]") {
  for (int v = 1; v <= history::kFormatVersion; ++v) {
    std::string bytes = read(std::string(WINNOW_TEST_DIR) + "/data/history-format-v" + std::to_string(v) + ".bin");
    REQUIRE_FALSE(bytes.empty());
    history::LoadReport rep;
    history::History h = history::History::deserialize(bytes, &rep);
    REQUIRE(rep.ok);
    REQUIRE(rep.version == v);
    REQUIRE(rep.skipped == 0);
    REQUIRE(h.size() == 3);
    REQUIRE(h.entry(0).id_json == "\"fmt-1\"");
    REQUIRE(h.entry(2).url == "https://news.example/vote?id=3");
    REQUIRE(h.entry(2).time == 1704103200);
    // Its records still match: re-reading the address and re-reading the text.
    history::Visit again;
    again.id_json = "\"x\"";
    again.url = "https://news.example/vote?id=3&utm_source=mail";
    again.text_doc = true;
    std::string out = history::visit(h, text_page("Moldavia votes", election_text()), again, match::Sensitivity::Normal, false);
    REQUIRE(out.find(R"("match_id":"fmt-3")") != std::string::npos);
    fingerprint::Article storm = h.fingerprint(text_page("", storm_text("Ravensholm", 2019, 1)));
    history::Found f = h.lookup(storm, "", match::Sensitivity::Normal);
    REQUIRE(f.matched);
    REQUIRE(h.entry(static_cast<std::size_t>(f.slot)).id_json == "\"fmt-1\"");
  }
}
