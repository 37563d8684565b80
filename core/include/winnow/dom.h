// The DOM tree view: the one tree shape every later stage reads. Two adapters fill it: Gumbo
// for HTML natively (html.h) and the content script's compact snapshot in the browser
// (snapshot.h). It keeps only what classification needs.
//
// A node's strings and child list are views into storage the tree owns (its copy of the
// snapshot's text, or of Gumbo's strings), so building a tree of thousands of nodes costs a
// few allocations rather than several per node. A tree can be moved, not copied.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::dom {

using NodeId = std::uint32_t;
inline constexpr NodeId kNone = 0xFFFFFFFFu;

// The input policy, the same natively and in wasm (README, "Limits"): every page costs bounded
// time and memory whatever its markup. Both adapters read at most the first kMaxInputBytes of
// a page's markup (HTML once scripts and styles are dropped, or a snapshot's node records) and
// hang elements deeper than kMaxDepth at the deepest level kept, as Chromium's parser does at
// 512, so no text below them is lost. A tree cut either way says so in Tree::truncated, and
// the extract answer in "truncated": true. The page's blocks are then cut at kMaxBlocks (the
// blocks of the first kMaxBlocks are analysed, and the answer says "truncated"): classifying
// costs time and memory per block, and a crafted page of 100,000 tiny paragraphs fits in the
// byte limit, while real pages stay far below (wcxb_dev's largest has 2,641 blocks).
inline constexpr std::size_t kMaxInputBytes = std::size_t{4} << 20;
inline constexpr std::size_t kMaxDepth = 512;
inline constexpr std::size_t kMaxBlocks = 20000;

struct Node {
  enum class Type : std::uint8_t { Element, Text };
  Type type = Type::Element;
  bool hidden = false;         // hidden / aria-hidden / display:none / not rendered (browser)
  std::string_view tag;        // lower-case element name; empty for text nodes
  std::string_view id;         // id attribute
  std::string_view classes;    // class attribute, as written
  std::string_view role;       // role attribute
  std::string_view href;       // href of <a>, <link rel=canonical> target
  std::string_view text;       // text of a text node (raw, not collapsed)
  std::string_view extra;      // other attributes that matter (itemprop, rel, aria-label...), "k=v;"
  NodeId origin = kNone;       // the adapter's own numbering: a snapshot's element index (kNone
                               // for Gumbo trees, where the NodeId itself names the element)
  NodeId parent = kNone;
  std::span<const NodeId> children;  // in document order
};

class Tree {
 public:
  Tree() = default;
  Tree(Tree&&) noexcept = default;
  Tree& operator=(Tree&&) noexcept = default;
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  std::vector<Node> nodes;  // nodes[0] is the root (the document element's parent)
  std::string lang;         // <html lang>, may be empty
  std::string title;        // <title> text
  std::string canonical;    // <link rel=canonical href>, may be empty
  bool truncated = false;   // the input was longer or deeper than the policy above analyses

  // For the adapters: a copy of `s` that lives as long as the tree (and moves with it).
  std::string_view keep(std::string_view s);
  // For the adapters, once every node is in place with its parent, in pre-order: fills each
  // node's `children`.
  void link_children();

 private:
  std::vector<std::unique_ptr<char[]>> chunks_;  // kept strings, filled one after another
  std::vector<std::unique_ptr<char[]>> large_;   // kept strings too long to share a chunk
  std::size_t room_ = 0;                         // bytes left at the end of chunks_.back(), if any
  std::vector<NodeId> child_ids_;                // every node's children, node after node
};

// What both adapters agree never becomes page text (dom/visibility.cpp): elements whose
// content is code, markup templates or graphics, and inline styles that hide an element.
// script, style, noscript, template, svg, math, iframe, object, embed, canvas, head...
bool is_never_content_tag(std::string_view tag);

// True for an inline style with display:none or visibility:hidden (spaces and case ignored).
// `veils`, when given, tells whether visibility:hidden alone hides it: how pages veil themselves
// until a script has run (an "anti-flicker" wrapper), unlike display:none (menus, dialogs).
bool style_hides(std::string_view style, bool* veils = nullptr);

}  // namespace winnow::dom
