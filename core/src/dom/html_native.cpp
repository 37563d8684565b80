// Gumbo adapter: HTML bytes -> the tree view (native only; the browser sends a snapshot).
// The walk is iterative so that pathological nesting cannot exhaust the stack; the input
// policy of winnow/dom.h bounds what Gumbo is given (dom/markup_limit.h) and the tree's depth.
#include <gumbo.h>

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "dom/markup_limit.h"
#include "dom/raw_text.h"
#include "winnow/dom.h"
#include "winnow/html.h"
#include "winnow/text.h"

namespace winnow::dom {
namespace {

const char* attr(const GumboElement& el, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  return a ? a->value : nullptr;
}

// Gumbo's own static name for known tags; unknown ones in lower case, kept by the tree.
std::string_view tag_name(const GumboElement& el, Tree& tree) {
  if (el.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(el.tag);
  GumboStringPiece piece = el.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string s(piece.data ? piece.data : "", piece.data ? piece.length : 0);
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return tree.keep(s);
}

std::string_view kept(const char* v, Tree& tree) { return v ? tree.keep(v) : std::string_view(); }

void collect_text(const GumboNode* n, std::string& out) {
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty()) {
    const GumboNode* cur = stack.back();
    stack.pop_back();
    if (cur->type == GUMBO_NODE_TEXT || cur->type == GUMBO_NODE_WHITESPACE ||
        cur->type == GUMBO_NODE_CDATA) {
      out += cur->v.text.text;
    } else if (cur->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& ch = cur->v.element.children;
      for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
    }
  }
}

void read_head(const GumboNode* head, Tree& tree) {
  const GumboVector& ch = head->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) {
    const auto* c = static_cast<const GumboNode*>(ch.data[i]);
    if (c->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& el = c->v.element;
    if (el.tag == GUMBO_TAG_TITLE && tree.title.empty()) {
      collect_text(c, tree.title);
    } else if (el.tag == GUMBO_TAG_LINK && tree.canonical.empty()) {
      const char* rel = attr(el, "rel");
      const char* href = attr(el, "href");
      if (rel && href && strcasecmp(rel, "canonical") == 0) tree.canonical = href;
    }
  }
}

void add_extra(std::string& extra, const GumboElement& el, const char* name) {
  if (const char* v = attr(el, name)) {
    extra += name;
    extra += '=';
    for (const char* p = v; *p; ++p) extra += (*p == ';' ? ',' : *p);
    extra += ';';
  }
}

// React's streamed server rendering sends each late part of a page as <div hidden id="S:n">,
// which its inline script moves into place at once: a browser shows it, so it is not hidden.
bool streamed_segment(const char* id) {
  if (!id || id[0] != 'S' || id[1] != ':' || !id[2]) return false;
  for (const char* p = id + 2; *p; ++p)
    if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z'))) return false;
  return true;
}

// An element as the tree view holds it: tag, id, class, role, link, the attributes the
// classifier reads, and whether it is hidden; `veiled` says whether its style veils it.
Node element_node(const GumboElement& el, std::string_view tag, Tree& tree, bool& veiled) {
  Node n;
  n.tag = tag;
  n.id = kept(attr(el, "id"), tree);
  n.classes = kept(attr(el, "class"), tree);
  n.role = kept(attr(el, "role"), tree);
  if (el.tag == GUMBO_TAG_A) n.href = kept(attr(el, "href"), tree);
  std::string extra;
  for (const char* name : {"itemprop", "rel", "aria-label", "datetime", "itemtype"}) add_extra(extra, el, name);
  n.extra = tree.keep(extra);
  const char* style = attr(el, "style");
  const char* aria_hidden = attr(el, "aria-hidden");
  n.hidden = (attr(el, "hidden") != nullptr && !streamed_segment(attr(el, "id"))) ||
             (aria_hidden && strcasecmp(aria_hidden, "true") == 0) || (style && style_hides(style, &veiled));
  if (el.tag == GUMBO_TAG_INPUT) {
    const char* type = attr(el, "type");
    if (type && strcasecmp(type, "hidden") == 0) n.hidden = true;
  }
  return n;
}

// An element child other than an image (a tracking pixel, a lazy image's fallback).
bool holds_markup(const GumboElement& el) {
  for (unsigned i = 0; i < el.children.length; ++i) {
    const auto* c = static_cast<const GumboNode*>(el.children.data[i]);
    if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag != GUMBO_TAG_IMG) return true;
  }
  return false;
}

// Gumbo's tree into the tree view, iteratively. Elements the parser still nests deeper than
// kMaxDepth (tables add levels the markup does not show) hang at the deepest level kept, as
// their parent's later siblings.
// `veiled` receives the elements hidden by visibility:hidden (dom.h's style_hides).
void walk(const GumboNode* root, Tree& tree, std::vector<NodeId>& veiled) {
  struct Item { const GumboNode* g; NodeId parent; std::uint32_t depth; };
  std::vector<Item> stack;
  if (root && root->type == GUMBO_NODE_ELEMENT) stack.push_back({root, 0, 0});
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    const GumboNode* g = it.g;
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE || g->type == GUMBO_NODE_CDATA) {
      Node& n = tree.nodes.emplace_back();
      n.type = Node::Type::Text;
      n.text = kept(g->v.text.text, tree);
      n.parent = it.parent;
      continue;
    }
    if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboElement& el = g->v.element;
    if (el.tag == GUMBO_TAG_HEAD) {
      read_head(g, tree);
      continue;
    }
    if (el.tag == GUMBO_TAG_HTML) {
      if (const char* lang = attr(el, "lang")) tree.lang = lang;
      else if (const char* xl = attr(el, "xml:lang")) tree.lang = xl;
    }
    // This adapter reads the page as a reader without scripts would (the HTML standard's parse
    // with scripting disabled): a <noscript> holding markup is a fallback page, unwrapped into its
    // parent, so that script-rendered forums and shops, which ship their posts there, are not
    // empty; one holding only text is a notice about scripts ("enable JavaScript"), never read.
    if (el.tag == GUMBO_TAG_NOSCRIPT) {
      if (!holds_markup(el)) continue;
      const GumboVector& ch = el.children;
      for (unsigned i = ch.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(ch.data[i]), it.parent, it.depth});
      continue;
    }
    std::string_view tag = tag_name(el, tree);
    if (is_never_content_tag(tag)) continue;
    NodeId id = static_cast<NodeId>(tree.nodes.size());
    bool veils = false;
    tree.nodes.push_back(element_node(el, tag, tree, veils));
    tree.nodes.back().parent = it.parent;
    if (veils) veiled.push_back(id);
    NodeId below = id;
    std::uint32_t depth = it.depth + 1;
    if (depth > kMaxDepth) {
      below = it.parent;
      depth = it.depth;
      tree.truncated = true;
    }
    const GumboVector& ch = el.children;
    for (unsigned i = ch.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(ch.data[i]), below, depth});
  }
}

// A page with no visible word but veiled ones waits for its script to unveil it (the
// "anti-flicker" wrapper of A/B-testing and CSS-in-JS sites): a browser shows it after its
// scripts run, so the veils are lifted. Nodes come parents first (walk's order).
void unveil_if_blank(Tree& tree, const std::vector<NodeId>& veiled) {
  if (veiled.empty()) return;
  std::vector<char> dark(tree.nodes.size(), 0);
  for (NodeId i = 1; i < tree.nodes.size(); ++i) {
    const Node& n = tree.nodes[i];
    dark[i] = n.hidden || (n.parent != kNone && dark[n.parent]);
    if (n.type == Node::Type::Text && !dark[i] &&
        n.text.find_first_not_of(" \t\n\r\f") != std::string_view::npos)
      return;
  }
  for (NodeId v : veiled) tree.nodes[v].hidden = false;
}

}  // namespace

Tree from_html(std::string_view html) {
  Tree tree;
  tree.nodes.emplace_back();  // root
  bool cut = false;
  std::string clean = detail::limit_markup(detail::drop_raw_text(text::sanitize_utf8(html)), kMaxInputBytes,
                                           kMaxDepth, &cut);
  tree.truncated = cut;
  // Gumbo keeps every parse error with a copy of its stack of open elements unless told not to:
  // gigabytes on broken markup, and the tree never reads them.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&options, clean.data(), clean.size());
  std::vector<NodeId> veiled;
  if (out) {
    walk(out->root, tree, veiled);
    gumbo_destroy_output(&options, out);
  }
  unveil_if_blank(tree, veiled);
  tree.link_children();
  return tree;
}

}  // namespace winnow::dom
