// The input policy (winnow/dom.h): pages longer than kMaxInputBytes or deeper than kMaxDepth
// are analysed in part, say so, and lose no text above the cut; real pages are never cut.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "common/substring.h"
#include "winnow/blocks.h"
#include "winnow/extract.h"
#include "winnow/html.h"
#include "winnow/snapshot.h"

using namespace winnow;
namespace fs = std::filesystem;

namespace {

std::size_t max_depth(const dom::Tree& t) {
  std::size_t deepest = 0;
  for (std::size_t i = 1; i < t.nodes.size(); ++i) {
    std::size_t d = 0;
    for (dom::NodeId p = t.nodes[i].parent; p != 0 && p != dom::kNone; p = t.nodes[p].parent) ++d;
    deepest = std::max(deepest, d);
  }
  return deepest;
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string text_of(const dom::Tree& t) {
  std::string s;
  for (const auto& b : blocks::extract(t)) s += b.text + "|";
  return s;
}

}  // namespace

TEST_CASE("limits: HTML nested past kMaxDepth keeps its text at the deepest level kept", "[dom][limits]") {
  const std::size_t n = dom::kMaxDepth * 4;
  std::string html = "<html><body>" + repeat("<div><span>x</span>", n) + "<p>the innermost words</p>" +
                     repeat("</div>", n) + "<p>after the nest</p></body></html>";
  dom::Tree t = dom::from_html(html);
  CHECK(t.truncated);
  CHECK(max_depth(t) <= dom::kMaxDepth + 1);
  std::string text = text_of(t);
  CHECK(text.find("the innermost words") != std::string::npos);
  CHECK(text.find("after the nest") != std::string::npos);
  // tables nest deeper than their markup counts: the tree bounds them too
  dom::Tree tables = dom::from_html(repeat("<table><tr><td>", 3000) + "deep cell");
  CHECK(tables.truncated);
  CHECK(max_depth(tables) <= dom::kMaxDepth + 1);
  CHECK(text_of(tables).find("deep cell") != std::string::npos);
}

TEST_CASE("limits: HTML past kMaxInputBytes is cut and says so, in the answer too", "[dom][limits]") {
  std::string para = "<p>" + repeat("word ", 200) + "</p>";
  std::string html = "<html><body><p>the first paragraph</p>" + repeat(para, dom::kMaxInputBytes / para.size() + 10) +
                     "<p>beyond the cut</p></body></html>";
  dom::Tree t = dom::from_html(html);
  CHECK(t.truncated);
  std::string text = text_of(t);
  CHECK(text.find("the first paragraph") != std::string::npos);
  CHECK(text.find("beyond the cut") == std::string::npos);
  std::string answer = to_json(extract_html(html, "https://a.example/x", nullptr), "1");
  CHECK(answer.find(",\"truncated\":true}") != std::string::npos);
  // scripts do not count: a page with a large script is read whole
  std::string scripted = "<html><head><script>" + std::string(dom::kMaxInputBytes + 100, 'x') +
                         "</script></head><body><p>after the script</p></body></html>";
  dom::Tree s = dom::from_html(scripted);
  CHECK_FALSE(s.truncated);
  CHECK(text_of(s).find("after the script") != std::string::npos);
}

TEST_CASE("limits: a snapshot deeper than kMaxDepth or longer than kMaxInputBytes", "[dom][limits]") {
  const std::string RS = "\x1e", US = "\x1f";
  std::string snap = "W1" + US + "https://a.example/" + US + "en" + US + "T" + US;
  const std::size_t n = dom::kMaxDepth * 3;
  for (std::size_t d = 0; d < n; ++d) snap += RS + "E" + US + std::to_string(d) + US + (d ? "div" : "html") + US + US + US + US + US;
  snap += RS + "T" + US + std::to_string(n) + US + "innermost text";
  dom::Tree t = dom::from_snapshot(snap);
  CHECK(t.truncated);
  CHECK(t.nodes.size() == n + 2);  // every element and the text kept
  CHECK(max_depth(t) <= dom::kMaxDepth + 1);
  CHECK(text_of(t).find("innermost text") != std::string::npos);

  std::string big = "W1" + US + "https://a.example/" + US + "en" + US + "T" + US + RS + "E" + US + "0" + US + "html" +
                    US + US + US + US + US;
  std::string rec = RS + "E" + US + "1" + US + "p" + US + US + US + US + US + RS + "T" + US + "2" + US + repeat("word ", 100);
  for (std::size_t i = 0; big.size() < dom::kMaxInputBytes + 1000; ++i) big += rec;
  dom::Tree b = dom::from_snapshot(big);
  CHECK(b.truncated);
  CHECK(b.nodes.size() > 1000);
  CHECK_FALSE(dom::from_snapshot(dom::to_snapshot(dom::from_html("<p>short</p>"), "u")).truncated);
}

TEST_CASE("limits: a page of more than kMaxBlocks paragraphs is analysed to its first kMaxBlocks", "[dom][limits]") {
  // tiny paragraphs: the whole page stays under the byte limit, so only the block cap cuts it
  std::string html = "<html><body>";
  for (std::size_t i = 0; i < dom::kMaxBlocks + 50; ++i) html += "<p>item " + std::to_string(i) + "</p>";
  html += "</body></html>";
  REQUIRE(html.size() < dom::kMaxInputBytes);
  dom::Tree t = dom::from_html(html);
  CHECK_FALSE(t.truncated);
  bool cut = false;
  std::vector<blocks::Block> bl = blocks::extract(t, &cut);
  CHECK(cut);
  REQUIRE(bl.size() == dom::kMaxBlocks);
  CHECK(bl.front().text == "item 0");
  CHECK(bl.back().text == "item " + std::to_string(dom::kMaxBlocks - 1));
  Page page = extract_html(html, "https://a.example/list", nullptr);
  CHECK(page.truncated);
  CHECK(page.blocks.size() == dom::kMaxBlocks);
  // exactly kMaxBlocks paragraphs: whole, and not said to be cut
  std::string under = "<html><body>";
  for (std::size_t i = 0; i < dom::kMaxBlocks; ++i) under += "<p>item " + std::to_string(i) + "</p>";
  bool cut_under = true;
  CHECK(blocks::extract(dom::from_html(under + "</body></html>"), &cut_under).size() == dom::kMaxBlocks);
  CHECK_FALSE(cut_under);
}

TEST_CASE("limits: no fixture page is cut", "[dom][limits]") {
  std::size_t pages = 0;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(WINNOW_TEST_DIR) / "pages")) {
    if (e.path().extension() != ".html") continue;
    std::ifstream f(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    INFO(e.path());
    dom::Tree t = dom::from_html(ss.str());
    CHECK_FALSE(t.truncated);
    CHECK_FALSE(dom::from_snapshot(dom::to_snapshot(t, "u")).truncated);
    ++pages;
  }
  CHECK(pages > 10);
}

TEST_CASE("limits: the linear substring search agrees with std::string::find", "[limits]") {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string hay, needle;
    const std::size_t hn = rng() % 40, nn = rng() % 6;
    const char alphabet = static_cast<char>('a' + 1 + rng() % 3);  // small alphabets make borders
    for (std::size_t i = 0; i < hn; ++i) hay += static_cast<char>('a' + rng() % (alphabet - 'a'));
    for (std::size_t i = 0; i < nn; ++i) needle += static_cast<char>('a' + rng() % (alphabet - 'a'));
    INFO(hay << " / " << needle);
    REQUIRE(contains(hay, needle) == (hay.find(needle) != std::string::npos));
  }
  CHECK(contains(std::string(100000, 'a'), std::string(50000, 'a')));
  CHECK_FALSE(contains(std::string(100000, 'a'), std::string(50000, 'a') + "b"));
}
