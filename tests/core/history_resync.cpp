// Re-synchronising on a damaged history file: checksums of byte ranges agree with plain
// CRC-32, and a region of fake record markers between good records costs the good records
// nothing and fills the report with a bounded list.
#include <catch2/catch.hpp>

#include <random>

#include "common/crc32.h"
#include "story_test_util.h"
#include "winnow/history.h"

using namespace winnow;
using namespace story_test;

TEST_CASE("crc32: ranges of one buffer agree with the checksum of a copy", "[history][resync]") {
  CHECK(crc32(reinterpret_cast<const unsigned char*>("123456789"), 9) == 0xcbf43926u);  // the standard check value
  std::mt19937 rng(11);
  std::string bytes(10000, '\0');
  for (char& c : bytes) c = static_cast<char>(rng());
  RangeCrc32 ranges(bytes);
  for (int t = 0; t < 5000; ++t) {
    std::size_t a = rng() % (bytes.size() + 1), b = rng() % (bytes.size() + 1);
    if (a > b) std::swap(a, b);
    REQUIRE(ranges.of(a, b) == crc32(reinterpret_cast<const unsigned char*>(bytes.data()) + a, b - a));
  }
}

TEST_CASE("history resync: fake record markers between good records", "[history][resync]") {
  history::History h;
  for (int i = 0; i < 3; ++i) {
    history::Visit v;
    v.id_json = "\"s" + std::to_string(i) + "\"";
    v.url = "https://site" + std::to_string(i) + ".example/story";
    v.time = 1700000000 + i;
    v.text_doc = true;
    history::visit(h, text_page("Storm " + std::to_string(i), storm_text("Ravensholm", 2019 + i, i)), v,
                   match::Sensitivity::Normal);
  }
  std::string bytes = h.serialize();
  const std::size_t second = bytes.find("WREC", bytes.find("WREC") + 4);
  // 64 KB of markers, each claiming a payload reaching far ahead, none with a good checksum
  std::string junk(64 << 10, 'x');
  for (std::size_t at = 0; at + 8 <= junk.size(); at += 8) {
    const std::uint32_t len = static_cast<std::uint32_t>(junk.size() - at);
    junk.replace(at, 4, "WREC");
    for (int k = 0; k < 4; ++k) junk[at + 4 + k] = static_cast<char>(len >> (8 * k));
  }
  bytes.insert(second, junk);
  history::LoadReport rep;
  history::History back = history::History::deserialize(bytes, &rep);
  REQUIRE(rep.ok);
  CHECK(back.size() == 3);
  CHECK(rep.skipped >= junk.size() / 8);
  CHECK(rep.problems.size() <= 25);  // a bounded list, then a count
}
