// Repetition counts of a page's blocks (repeats.h). Counts, not hashes, reach the model, so the
// hash function only has to be the same natively and in wasm (common/hash.h).
#include "classify/repeats.h"

#include <algorithm>
#include <string_view>
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
      if (part == 0) part = (mix64(hash_bytes64(n.tag)) ^ hash_bytes64(n.classes)) | 1;  // never 0
      key = mix64(key ^ part);
    }
    id = n.parent;
  }
  return key;
}

// Sorts `ids` by keys[id] (then by id) and calls run(first, last) for each run of equal keys:
// counting by sorting, where a hash map allocated a node per key.
template <class Run>
void for_each_run(const std::vector<std::uint64_t>& keys, std::vector<std::uint32_t>& ids, Run run) {
  std::sort(ids.begin(), ids.end(),
            [&](std::uint32_t a, std::uint32_t b) { return keys[a] != keys[b] ? keys[a] < keys[b] : a < b; });
  for (std::size_t i = 0, j; i < ids.size(); i = j) {
    for (j = i + 1; j < ids.size() && keys[ids[j]] == keys[ids[i]];) ++j;
    run(ids.data() + i, ids.data() + j);
  }
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

// Only a text whose length another block shares can repeat: the rest (most of the page's text)
// is never hashed; equal hashes are then compared as texts.
std::vector<std::uint32_t> first_same_text(const std::vector<blocks::Block>& bl) {
  const std::size_t n = bl.size();
  std::vector<std::uint32_t> first(n), ids(n), hashed;
  std::vector<std::uint64_t> length(n), text(n);
  for (std::size_t i = 0; i < n; ++i) {
    first[i] = ids[i] = static_cast<std::uint32_t>(i);
    length[i] = bl[i].text.size();
  }
  for_each_run(length, ids, [&](const std::uint32_t* from, const std::uint32_t* to) {
    if (to - from < 2) return;
    for (const std::uint32_t* k = from; k != to; ++k) text[*k] = hash_bytes64(bl[*k].text);
    hashed.insert(hashed.end(), from, to);
  });
  // a run holds its blocks in page order: each is matched with the run's first blocks of a text
  for_each_run(text, hashed, [&](const std::uint32_t* from, const std::uint32_t* to) {
    for (const std::uint32_t* k = from + 1; k != to; ++k)
      for (const std::uint32_t* j = from; j != k; ++j)
        if (first[*j] == *j && bl[*j].text == bl[*k].text) {
          first[*k] = *j;
          break;
        }
  });
  return first;
}

BlockRepeats block_repeats(const dom::Tree& tree, const std::vector<blocks::Block>& bl,
                           const std::vector<std::uint32_t>& first) {
  const std::size_t n = bl.size();
  std::vector<std::uint64_t> path(n);
  std::vector<std::uint64_t> parts(tree.nodes.size(), 0);
  double page_chars = 0;
  for (std::size_t i = 0; i < n; ++i) {
    path[i] = path_key(tree, bl[i].node, parts);
    page_chars += bl[i].chars;
  }
  BlockRepeats r{std::vector<std::uint32_t>(n), std::vector<double>(n), std::vector<std::uint32_t>(n)};
  std::vector<std::uint32_t> ids(n);
  for (std::size_t i = 0; i < n; ++i) ids[i] = static_cast<std::uint32_t>(i);
  for_each_run(path, ids, [&](const std::uint32_t* from, const std::uint32_t* to) {
    double chars = 0;  // in the blocks' order
    for (const std::uint32_t* k = from; k != to; ++k) chars += bl[*k].chars;
    for (const std::uint32_t* k = from; k != to; ++k) {
      r.same_path[*k] = static_cast<std::uint32_t>(to - from - 1);
      r.path_share[*k] = page_chars > 0 ? chars / page_chars : 0.0;
    }
  });
  std::vector<std::uint32_t> copies(n, 0);  // per first block of a text: the blocks of that text
  for (std::size_t i = 0; i < n; ++i) ++copies[first[i]];
  for (std::size_t i = 0; i < n; ++i) r.same_text[i] = copies[first[i]] - 1;
  return r;
}

}  // namespace winnow::classify
