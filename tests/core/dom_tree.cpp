// The tree view's own storage (winnow/dom.h): kept strings and child lists stay valid when
// the tree moves, across chunk boundaries and for strings longer than a chunk.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "winnow/dom.h"
#include "winnow/snapshot.h"

using winnow::dom::Node;
using winnow::dom::NodeId;
using winnow::dom::Tree;

TEST_CASE("tree: kept strings survive later keeps and a move", "[dom][tree]") {
  Tree t;
  std::vector<std::string> want;
  std::vector<std::string_view> got;
  for (int i = 0; i < 3000; ++i) {  // many chunks' worth, with some strings larger than a chunk
    want.push_back(std::string(i % 500 == 0 ? 40000 : 1 + i % 37, static_cast<char>('a' + i % 26)) + std::to_string(i));
    got.push_back(t.keep(want.back()));
  }
  CHECK(t.keep("").empty());
  Tree moved = std::move(t);
  for (std::size_t i = 0; i < want.size(); ++i) REQUIRE(got[i] == want[i]);
  // The moved-from tree keeps strings of its own again, not in the chunk it gave away.
  std::string_view again = t.keep("fresh");
  CHECK(again == "fresh");
  CHECK(got.back() == want.back());
}

TEST_CASE("tree: children listed in document order, also after a move", "[dom][tree]") {
  const std::string RS = "\x1e", US = "\x1f";
  auto E = [&](int depth, const char* tag) { return RS + "E" + US + std::to_string(depth) + US + tag + US + US + US + US + US; };
  auto T = [&](int depth, const char* text) { return RS + "T" + US + std::to_string(depth) + US + text; };
  std::string snap = "W1" + US + "https://a.example/" + US + "en" + US + "t" + US + E(0, "html") + E(1, "body") +
                     E(2, "p") + T(3, "one") + E(2, "ul") + E(3, "li") + T(4, "two") + E(3, "li") + T(4, "three") +
                     T(2, "four");
  Tree t = winnow::dom::from_snapshot(snap);
  snap.assign(snap.size(), '?');  // the tree holds its own copy of the text
  Tree tree = std::move(t);
  auto kids = [&](NodeId id) {
    std::vector<std::string> out;
    for (NodeId c : tree.nodes[id].children) {
      const Node& n = tree.nodes[c];
      out.emplace_back(n.type == Node::Type::Text ? n.text : n.tag);
      REQUIRE(n.parent == id);
    }
    return out;
  };
  REQUIRE(kids(0) == std::vector<std::string>{"html"});
  NodeId body = tree.nodes[tree.nodes[0].children[0]].children[0];
  CHECK(kids(body) == std::vector<std::string>{"p", "ul", "four"});
  NodeId ul = tree.nodes[body].children[1];
  CHECK(kids(ul) == std::vector<std::string>{"li", "li"});
  CHECK(kids(tree.nodes[ul].children[1]) == std::vector<std::string>{"three"});
}
