// The snapshot adapter (winnow/snapshot.h): structure, flags, element numbering, and that no
// input makes it throw.
#include <catch2/catch.hpp>

#include <random>

#include "winnow/snapshot.h"

using winnow::dom::from_snapshot;
using winnow::dom::Node;

namespace {
const std::string RS = "\x1e", US = "\x1f";
std::string rec(std::initializer_list<std::string> f) {
  std::string out = RS;
  bool first = true;
  for (const auto& s : f) {
    if (!first) out += US;
    out += s;
    first = false;
  }
  return out;
}
// The i-th child of a node, failing the test (not reading out of bounds) when there is none.
winnow::dom::NodeId child(const Node& n, std::size_t i) {
  REQUIRE(i < n.children.size());
  return n.children[i];
}
std::string header() { return "W1" + US + "https://a.example/x" + US + "de" + US + "Titel" + US + "https://a.example/c"; }
}  // namespace

TEST_CASE("snapshot: header fields and nested elements with text", "[dom][snapshot]") {
  std::string s = header() + rec({"E", "0", "html", "", "", "", "", ""}) + rec({"E", "1", "body", "", "", "", "", ""}) +
                  rec({"E", "2", "p", "intro", "lead big", "", "", "itemprop=description;"}) +
                  rec({"T", "3", "Hallo "}) + rec({"E", "3", "a", "", "", "", "", "href=/x;rel=nofollow;"}) +
                  rec({"T", "4", "Welt"}) + rec({"E", "2", "div", "", "", "navigation", "h", ""}) +
                  rec({"T", "3", "versteckt"});
  auto t = from_snapshot(s);
  CHECK(t.lang == "de");
  CHECK(t.title == "Titel");
  CHECK(t.canonical == "https://a.example/c");
  REQUIRE(t.nodes.size() == 9);  // root + 5 elements + 3 texts
  const Node& html = t.nodes[child(t.nodes[0], 0)];
  CHECK(html.tag == "html");
  CHECK(html.origin == 0);
  const Node& body = t.nodes[child(html, 0)];
  REQUIRE(body.children.size() == 2);
  const Node& p = t.nodes[body.children[0]];
  CHECK(p.tag == "p");
  CHECK(p.id == "intro");
  CHECK(p.classes == "lead big");
  CHECK(p.origin == 2);
  REQUIRE(p.children.size() == 2);
  CHECK(t.nodes[p.children[0]].text == "Hallo ");
  const Node& a = t.nodes[p.children[1]];
  CHECK(a.href == "/x");
  CHECK(a.extra.find("rel=nofollow;") != std::string::npos);
  CHECK(a.origin == 3);
  const Node& div = t.nodes[body.children[1]];
  CHECK(div.hidden);
  CHECK(div.role == "navigation");
  CHECK(div.origin == 4);
}

TEST_CASE("snapshot: malformed records are skipped but still numbered", "[dom][snapshot]") {
  std::string s = header() + rec({"E", "0", "html", "", "", "", "", ""}) + rec({"E", "x", "div"}) +  // bad depth
                  rec({"E", "1", "body", "", "", "", "", ""}) + rec({"E", "7", "p"}) +              // too deep
                  rec({"Q", "1", "??"}) + rec({"E", "2", "p", "", "", "", "", ""}) + rec({"T", "3", "ok"});
  auto t = from_snapshot(s);
  const Node& html = t.nodes[child(t.nodes[0], 0)];
  const Node& body = t.nodes[child(html, 0)];
  CHECK(body.origin == 2);
  REQUIRE(body.children.size() == 1);
  const Node& p = t.nodes[body.children[0]];
  CHECK(p.origin == 4);  // records 1 and 3 were elements too
  CHECK(t.nodes[child(p, 0)].text == "ok");
}

TEST_CASE("snapshot: unreadable header gives an empty tree", "[dom][snapshot]") {
  CHECK(from_snapshot("").nodes.size() == 1);
  CHECK(from_snapshot("W2" + US + "u" + rec({"E", "0", "html"})).nodes.size() == 1);
  CHECK(from_snapshot("garbage").nodes.size() == 1);
}

TEST_CASE("snapshot: invalid UTF-8 is replaced, random bytes never throw", "[dom][snapshot]") {
  auto t = from_snapshot(header() + rec({"E", "0", "html", "", "", "", "", ""}) + rec({"T", "1", "a\xff\xfe" "b"}));
  const Node& html = t.nodes[child(t.nodes[0], 0)];
  CHECK(t.nodes[child(html, 0)].text == "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
  std::mt19937 rng(7);
  for (int i = 0; i < 200; ++i) {
    std::string s = header();
    int n = static_cast<int>(rng() % 400);
    for (int k = 0; k < n; ++k) {
      unsigned r = rng() % 16;
      s += r < 3 ? '\x1e' : r < 6 ? '\x1f' : r < 8 ? 'E' : r < 9 ? 'T' : r < 12 ? static_cast<char>('0' + rng() % 4)
                                                                              : static_cast<char>(rng() % 256);
    }
    REQUIRE_NOTHROW(from_snapshot(s));
  }
}

TEST_CASE("snapshot: the header's url is read back, and nonsense has none", "[dom][snapshot]") {
  CHECK(winnow::dom::snapshot_url(header()) == "https://a.example/x");
  CHECK(winnow::dom::snapshot_url("nonsense").empty());
}
