// How much of a page repeats a block's shape or text: look-alike siblings (a card, a post, a
// row), blocks on the same DOM path anywhere on the page (a grid of product cards, a list of
// teasers, a thread of posts), and blocks of the very same text ("Help & report", "Business").
// Features of the learned model (features.cpp): repetition is what template-made chrome and
// listings have and prose has not; the page's kind tells the model which of the two it is.
#pragma once

#include <cstdint>
#include <vector>

#include "winnow/blocks.h"
#include "winnow/dom.h"

namespace winnow::classify {

// Per node: how many element siblings share its tag and class. Only the parents of the blocks'
// nodes, parents and grandparents are counted (the rows read no other).
std::vector<std::uint32_t> same_siblings(const dom::Tree& tree, const std::vector<blocks::Block>& bl);

// Per block: the first block of the very same text (itself when it is the first). What is read
// from a block's text alone (its words, its blurb words) is read once for each distinct text.
std::vector<std::uint32_t> first_same_text(const std::vector<blocks::Block>& bl);

// Per block: how many other blocks share its path (its node's tag, the tag and class of
// kPathLevels ancestors), the share of the page's text those blocks and it hold, and how many
// other blocks have the same text (`first`: first_same_text's).
struct BlockRepeats {
  std::vector<std::uint32_t> same_path;
  std::vector<double> path_share;
  std::vector<std::uint32_t> same_text;
};
BlockRepeats block_repeats(const dom::Tree& tree, const std::vector<blocks::Block>& bl,
                           const std::vector<std::uint32_t>& first);

}  // namespace winnow::classify
