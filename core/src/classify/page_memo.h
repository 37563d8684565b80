// What classify_page computes once per page and looks up many times: word statistics, element
// signals, the nearest chrome container, text below each node. Memo tables only, no judgement;
// covered through classify_page by [classify] in tests/core and the tests/pages expected outputs.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "classify/signals.h"
#include "classify/text_stats.h"
#include "winnow/blocks.h"
#include "winnow/dom.h"

namespace winnow::classify {

// An element's signal without its description (the common lookup).
struct Sig {
  bool done = false;
  bool negative = false;
  bool positive = false;
  bool weak = false;
  Kind kind = Kind::Other;
};

class PageMemo {
 public:
  // `words` are the blocks' word counts language detection made (moved in); `lang` the page's
  // stopword list index; `first` each block's first block of the same text (first_same_text).
  PageMemo(const dom::Tree& tree, const std::vector<blocks::Block>& bl, const std::vector<std::uint32_t>& first,
           std::vector<WordCounts> words, int lang);

  const dom::Tree& tree;
  const std::vector<blocks::Block>& bl;
  const std::vector<std::uint32_t>& first;
  const int lang;
  std::vector<double> sub_chars, sub_links;  // per node: text and link text below it

  // Word statistics of block i, computed on first use (most blocks of a page are chrome
  // outside the region and never need them); a repeated text's are its first block's.
  const TextStats& stats(std::size_t i);
  // The content words of every block in the page's language (take_content_words), moved out:
  // call it last. A repeated text's are its first block's (first[i] < i: already taken).
  std::vector<std::vector<std::uint32_t>> take_terms() {
    std::vector<std::vector<std::uint32_t>> out(bl.size());
    for (std::size_t i = 0; i < bl.size(); ++i) {
      if (first[i] != i) {
        out[i] = out[first[i]];
        continue;
      }
      block_counts(bl, first, words_, i);  // counted, if no rule read the block
      out[i] = take_content_words(words_[i], lang);
    }
    return out;
  }
  const Sig& signal(dom::NodeId id);
  // The full signal (with its description) of a node, built once per node.
  const NodeSignal& full_signal(dom::NodeId id);
  dom::NodeId parent(dom::NodeId id) const {
    return id < tree.nodes.size() ? tree.nodes[id].parent : dom::kNone;
  }
  // Nearest negative ancestor-or-self of `id`. A node marked in `holds_region` (it holds part
  // of the article region) ends the search with kNone: a container holding the region is never
  // taken as chrome. Pass an empty vector before the region is known.
  dom::NodeId negative_ancestor(dom::NodeId id, const std::vector<char>& holds_region);
  // No visible block-level element among the node's children: its text is one paragraph.
  bool paragraph_like(dom::NodeId id);

 private:
  std::vector<TextStats> st_;
  std::vector<char> st_done_;
  std::vector<WordCounts> words_;
  std::vector<Sig> sig_;
  std::unordered_map<dom::NodeId, NodeSignal> full_;
  std::vector<dom::NodeId> neg_plain_, neg_region_, path_;  // one memo per mode (region known or not)
  std::vector<signed char> para_memo_;                      // -1 unknown, 0 / 1
};

}  // namespace winnow::classify
