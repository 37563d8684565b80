// Blocks: the paragraph-level units of a page (design.md), cut from the DOM tree view. A block
// is the text between two block-level boundaries (p, li, headings, divs with direct text,
// table cells, captions...), with what the classifier reads about it. Hidden elements and
// never-content elements (script, style, template...) contribute nothing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "winnow/dom.h"

namespace winnow::blocks {

struct Block {
  std::string text;              // the page's own characters, whitespace collapsed
  dom::NodeId node = dom::kNone; // nearest block-level element holding the text
  std::uint32_t chars = 0;       // code points of text
  std::uint32_t link_chars = 0;  // code points inside <a href>
  std::uint32_t words = 0;       // word-like runs
  std::uint8_t heading = 0;      // 1..6 inside <hN>, else 0
  bool in_list = false;          // inside li / dd / dt
  bool in_table = false;         // inside td / th
  bool in_form = false;          // inside form / button / label / nav-like controls
  bool in_quote = false;         // inside blockquote
  bool in_figure = false;        // inside figcaption / figure
  bool in_pre = false;           // inside pre (whitespace kept as lines)
  bool in_time = false;          // text consists only of a <time> element's text
  std::uint32_t index = 0;       // position among the page's blocks

  double link_density() const { return chars ? static_cast<double>(link_chars) / chars : 0.0; }
};

// Blocks of the tree in document order, at most dom::kMaxBlocks of them (the first); sets
// *cut when the tree had more.
std::vector<Block> extract(const dom::Tree& tree, bool* cut = nullptr);

// True for elements that start a new block (p, div, li, h1..h6, td, section...): every tag
// that is not a known inline (phrasing) tag.
bool is_block_tag(std::string_view tag);

}  // namespace winnow::blocks
