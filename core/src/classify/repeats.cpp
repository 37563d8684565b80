// Repetition counts of a page's blocks (repeats.h). Counts, not hashes, reach the model, so the
// hash function only has to be the same natively and in wasm (common/hash.h).
#include "classify/repeats.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "common/hash.h"

namespace winnow::classify {

using dom::kNone;
using dom::NodeId;

namespace {

// Levels of ancestors above a block's node in its path: a product card's price is a div in a
// div in a card in the grid; four levels reach the card's own class.
constexpr int kPathLevels = 4;

// Where a block sits: its own tag, and the tag and class of its ancestors. Its own class is left
// out (look-alike siblings read it): a paragraph with a class of its own among an article's
// paragraphs (an appended update, a lede) sits where they sit. An ancestor's tag and class are
// hashed once per page (`parts`, 0 for not yet), not once for every block below it: long
// utility-class lists made this hashing most of the count's cost.
std::uint64_t path_key(const dom::Tree& tree, NodeId id, std::vector<std::uint64_t>& parts) {
  std::uint64_t key = kFnvShortBasis64;
  for (int up = 0; up <= kPathLevels && id != kNone && id < tree.nodes.size(); ++up) {
    const dom::Node& n = tree.nodes[id];
    if (up == 0) {
      key = mix64(fnv_short64(n.tag, key));
    } else {
      std::uint64_t& part = parts[id];
      if (part == 0) part = fnv_short64(n.classes, fnv_short_step(fnv_short64(n.tag), 0)) | 1;  // never 0
      key = mix64(key ^ part);
    }
    id = n.parent;
  }
  return key;
}

}  // namespace

// Per node: how many element siblings share its tag and class (a repeated card, post or row).
// Long sibling lists are grouped by (tag, class), sorted: compared pairwise they were quadratic.
// Parents of more than kMaxSiblings children count none: no training page comes near, and the
// model read such counts as a list of chrome (a 20,000-paragraph article lost half of it).
std::vector<std::uint32_t> same_siblings(const dom::Tree& tree, const std::vector<blocks::Block>& bl) {
  constexpr std::size_t kPairwise = 32;  // up to this many children, comparing is cheaper
  constexpr std::size_t kMaxSiblings = 4096;
  std::vector<char> wanted(tree.nodes.size(), 0);
  for (const auto& b : bl) {
    NodeId id = b.node;
    for (int up = 0; up < 4 && id != kNone && id < tree.nodes.size(); ++up, id = tree.nodes[id].parent)
      if (up > 0) wanted[id] = 1;
  }
  std::vector<std::uint32_t> same(tree.nodes.size(), 0);
  std::vector<std::pair<std::pair<std::string_view, std::string_view>, NodeId>> group;
  auto alike = [&](NodeId a, NodeId b) {
    const dom::Node &x = tree.nodes[a], &y = tree.nodes[b];
    return y.type == dom::Node::Type::Element && y.tag == x.tag && y.classes == x.classes;
  };
  for (NodeId pid = 0; pid < tree.nodes.size(); ++pid) {
    const dom::Node& p = tree.nodes[pid];
    if (!wanted[pid] || p.children.size() < 2 || p.children.size() > kMaxSiblings) continue;
    if (p.children.size() <= kPairwise) {  // each pair compared once, counted for both
      const auto& kids = p.children;
      for (std::size_t a = 0; a < kids.size(); ++a)
        if (tree.nodes[kids[a]].type == dom::Node::Type::Element)
          for (std::size_t b = a + 1; b < kids.size(); ++b)
            if (alike(kids[a], kids[b])) ++same[kids[a]], ++same[kids[b]];
      continue;
    }
    group.clear();
    for (NodeId c : p.children)
      if (tree.nodes[c].type == dom::Node::Type::Element) group.push_back({{tree.nodes[c].tag, tree.nodes[c].classes}, c});
    std::sort(group.begin(), group.end());
    for (std::size_t i = 0, j; i < group.size(); i = j) {
      for (j = i + 1; j < group.size() && group[j].first == group[i].first;) ++j;
      for (std::size_t k = i; k < j; ++k) same[group[k].second] = static_cast<std::uint32_t>(j - i - 1);
    }
  }
  return same;
}

BlockRepeats block_repeats(const dom::Tree& tree, const std::vector<blocks::Block>& bl) {
  const std::size_t n = bl.size();
  std::vector<std::uint64_t> path(n), text(n);
  std::unordered_map<std::uint64_t, std::pair<std::uint32_t, double>> paths;  // count, chars
  std::unordered_map<std::size_t, std::uint32_t> lengths;
  std::vector<std::uint64_t> parts(tree.nodes.size(), 0);
  double page_chars = 0;
  for (std::size_t i = 0; i < n; ++i) {
    path[i] = path_key(tree, bl[i].node, parts);
    auto& p = paths[path[i]];
    ++p.first;
    p.second += bl[i].chars;
    ++lengths[bl[i].text.size()];
    page_chars += bl[i].chars;
  }
  // Only a text whose length another block shares can repeat: the rest (most of the page's
  // text) is never hashed.
  std::unordered_map<std::uint64_t, std::uint32_t> texts;
  for (std::size_t i = 0; i < n; ++i)
    if (lengths[bl[i].text.size()] > 1) ++texts[text[i] = fnv_short64(bl[i].text)];
  BlockRepeats r{std::vector<std::uint32_t>(n), std::vector<double>(n), std::vector<std::uint32_t>(n)};
  for (std::size_t i = 0; i < n; ++i) {
    const auto& p = paths[path[i]];
    r.same_path[i] = p.first - 1;
    r.path_share[i] = page_chars > 0 ? p.second / page_chars : 0.0;
    r.same_text[i] = lengths[bl[i].text.size()] > 1 ? texts[text[i]] - 1 : 0;
  }
  return r;
}

}  // namespace winnow::classify
