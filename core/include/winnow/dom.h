// The DOM tree view: the one tree shape every later stage reads. Two adapters fill it: Gumbo
// for HTML natively (html.h) and the content script's compact snapshot in the browser
// (snapshot.h). It keeps only what classification needs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace winnow::dom {

using NodeId = std::uint32_t;
inline constexpr NodeId kNone = 0xFFFFFFFFu;

struct Node {
  enum class Type : std::uint8_t { Element, Text };
  Type type = Type::Element;
  std::string tag;        // lower-case element name; empty for text nodes
  std::string id;         // id attribute
  std::string classes;    // class attribute, as written
  std::string role;       // role attribute
  std::string href;       // href of <a>, <link rel=canonical> target
  std::string text;       // text of a text node (raw, not collapsed)
  std::string extra;      // other attributes that matter (itemprop, rel, aria-label...), "k=v;"
  bool hidden = false;    // hidden / aria-hidden / display:none / not rendered (browser)
  NodeId origin = kNone;  // the adapter's own numbering: a snapshot's element index (kNone
                          // for Gumbo trees, where the NodeId itself names the element)
  NodeId parent = kNone;
  std::vector<NodeId> children;
};

struct Tree {
  std::vector<Node> nodes;  // nodes[0] is the root (the document element's parent)
  std::string lang;         // <html lang>, may be empty
  std::string title;        // <title> text
  std::string canonical;    // <link rel=canonical href>, may be empty
};

}  // namespace winnow::dom
