// The tree view -> the content script's snapshot format (winnow/snapshot.h, version 1): what a
// content script would send for this page. The native tool uses it (`winnow snapshot`) so the
// Node parity test can feed the wasm module the same page the Gumbo path read.
#include <string>
#include <vector>

#include "winnow/snapshot.h"

namespace winnow::dom {
namespace {

constexpr char kRecord = '\x1e';
constexpr char kField = '\x1f';

// Appends a value with the separators replaced by spaces, as the producer does.
void put(std::string& out, std::string_view s) {
  for (char c : s) out += (c == kRecord || c == kField) ? ' ' : c;
}

// A field separator, then the value.
void field(std::string& out, std::string_view s) {
  out += kField;
  put(out, s);
}

}  // namespace

std::string to_snapshot(const Tree& t, std::string_view url) {
  std::string out = "W1";
  for (std::string_view v : {url, std::string_view(t.lang), std::string_view(t.title), std::string_view(t.canonical)})
    field(out, v);
  if (t.nodes.empty()) return out;
  struct Item {
    NodeId id;
    int depth;
  };
  std::vector<Item> stack;
  const auto& top = t.nodes[0].children;
  for (auto it = top.rbegin(); it != top.rend(); ++it) stack.push_back({*it, 0});
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const Node& n = t.nodes[item.id];
    const std::string depth = std::to_string(item.depth);
    out += kRecord;
    if (n.type == Node::Type::Text) {
      out += 'T';
      field(out, depth);
      field(out, n.text);
      continue;
    }
    out += 'E';
    for (std::string_view v : {std::string_view(depth), std::string_view(n.tag), std::string_view(n.id),
                               std::string_view(n.classes), std::string_view(n.role),
                               std::string_view(n.hidden ? "h" : "")})
      field(out, v);
    out += kField;
    if (!n.href.empty()) {
      out += "href=";
      put(out, n.href);
      out += ';';
    }
    put(out, n.extra);
    for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) stack.push_back({*it, item.depth + 1});
  }
  return out;
}

}  // namespace winnow::dom
