// Helpers for the extraction tests: find blocks by snippet (the fixture pages' rule: a snippet
// of 40+ characters lies inside a block, a shorter one is a whole block) and turn a tree into
// the content script's snapshot format, so both front doors can be compared.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "winnow/dom.h"
#include "winnow/extract.h"

namespace winnow::test {

inline std::vector<const Block*> blocks_matching(const Page& p, const std::string& snippet) {
  std::vector<const Block*> out;
  for (const auto& b : p.blocks)
    if (snippet.size() >= 40 ? b.text.find(snippet) != std::string::npos : b.text == snippet) out.push_back(&b);
  return out;
}

inline const Block* block_with(const Page& p, const std::string& needle) {
  for (const auto& b : p.blocks)
    if (b.text.find(needle) != std::string::npos) return &b;
  return nullptr;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The snapshot a content script would send for this tree (winnow/snapshot.h, version 1).
inline std::string snapshot_of(const dom::Tree& t, const std::string& url) {
  const char RS = '\x1e', US = '\x1f';
  auto clean = [&](std::string s) {
    for (char& c : s)
      if (c == RS || c == US) c = ' ';
    return s;
  };
  std::string out = "W1";
  out += US + clean(url) + US + clean(t.lang) + US + clean(t.title) + US + clean(t.canonical);
  struct Item { dom::NodeId id; int depth; };
  std::vector<Item> stack;
  for (auto it = t.nodes[0].children.rbegin(); it != t.nodes[0].children.rend(); ++it) stack.push_back({*it, 0});
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const dom::Node& n = t.nodes[item.id];
    out += RS;
    if (n.type == dom::Node::Type::Text) {
      out += "T" + std::string(1, US) + std::to_string(item.depth) + US + clean(n.text);
      continue;
    }
    std::string extra = n.extra;
    if (!n.href.empty()) extra = "href=" + n.href + ";" + extra;
    out += "E" + std::string(1, US) + std::to_string(item.depth) + US + n.tag + US + clean(n.id) + US +
           clean(n.classes) + US + clean(n.role) + US + (n.hidden ? "h" : "") + US + clean(extra);
    for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) stack.push_back({*it, item.depth + 1});
  }
  return out;
}

}  // namespace winnow::test
