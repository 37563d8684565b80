// The extraction pipeline of design.md: page -> DOM tree view -> blocks -> classification
// (+ site templates) -> the labelled page. One entry per front door; all share the stages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "winnow/dom.h"
#include "winnow/vocabulary.h"
#include "winnow/filler.h"
#include "winnow/url.h"  // site_of: the site a page belongs to

namespace winnow {

namespace templates { class Memory; }

struct Block {
  std::string text;           // the page's own characters, whitespace collapsed
  Label label = Label::Content;
  Kind kind = Kind::Article;
  std::string reason;         // for a reader: why it was judged so
  dom::NodeId node = dom::kNone;  // the element this block came from (snapshot: its index)
  bool headline = false;      // the page's headline: boilerplate to main_text, not filler to a reader
  filler::Code filler = filler::Code::None;  // an article paragraph that pads the story (reason says why)
};

struct Page {
  std::string url;
  std::string canonical;      // <link rel=canonical>, else empty
  std::string title;
  std::string lang;
  PageType type = PageType::Other;
  PageKind kind = PageKind::Other;
  std::vector<Block> blocks;  // document order, hidden elements left out
  bool truncated = false;     // only the page's first part was analysed (dom.h's input policy)

  // Content blocks joined by blank lines (design.md's main_text).
  std::string main_text() const;
};

// `memory` may be null; when given, the page's block fingerprints are read and recorded
// under the URL's site.
Page extract_tree(const dom::Tree& tree, std::string_view url, templates::Memory* memory);

// Browser front door: the content script's snapshot (winnow/snapshot.h); the URL comes from
// its header. Block::node is the snapshot's element index.
Page extract_snapshot(std::string_view snapshot, templates::Memory* memory);

// A text DOC: one paragraph per non-empty line. Lines may be pasted site chrome; they are
// judged too, with the text-only signals. Always PageType::Article when any text remains.
Page extract_text(std::string_view title, std::string_view text, std::string_view url,
                  templates::Memory* memory);

#ifndef __EMSCRIPTEN__
// Native front door: Gumbo parses the HTML into the tree view.
Page extract_html(std::string_view html, std::string_view url, templates::Memory* memory);
#endif

// The design.md `extract` answer for one page, as one JSON object (no trailing newline).
// Shared by the CLI and the wasm module so both print the same bytes.
std::string to_json(const Page& page, std::string_view id_json);

}  // namespace winnow
