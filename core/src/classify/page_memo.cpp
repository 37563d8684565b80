// PageMemo (page_memo.h): per-page lookups for classify_page; covered through classify_page by
// [classify] in tests/core and the tests/pages expected outputs.
#include "classify/page_memo.h"

namespace winnow::classify {

using dom::NodeId;
using dom::kNone;

PageMemo::PageMemo(const dom::Tree& t, const std::vector<blocks::Block>& b, const std::vector<std::uint32_t>& f,
                   std::vector<WordCounts> words, int lg)
    : tree(t), bl(b), first(f), lang(lg), words_(std::move(words)) {
  const std::size_t n = tree.nodes.size();
  st_.assign(bl.size(), TextStats{});
  st_done_.assign(bl.size(), 0);
  sig_.assign(n, Sig{});
  sub_chars.assign(n, 0.0);
  sub_links.assign(n, 0.0);
  para_memo_.assign(n, -1);
  // text below each node: own blocks first, then one pass from the last node up (both adapters
  // store parents before children), so deep nesting costs nothing extra
  for (const auto& blk : bl)
    if (blk.node != kNone && blk.node < n) {
      sub_chars[blk.node] += blk.chars;
      sub_links[blk.node] += blk.link_chars;
    }
  for (NodeId id = static_cast<NodeId>(n); id-- > 1;) {
    NodeId p = tree.nodes[id].parent;
    if (p != kNone && p < id) {
      sub_chars[p] += sub_chars[id];
      sub_links[p] += sub_links[id];
    }
  }
}

const TextStats& PageMemo::stats(std::size_t i) {
  if (!st_done_[i]) {
    st_[i] = first[i] != i ? stats(first[i]) : text_stats(bl[i].text, lang, block_counts(bl, first, words_, i));
    st_done_[i] = 1;
  }
  return st_[i];
}

const Sig& PageMemo::signal(NodeId id) {
  Sig& s = sig_[id];
  if (!s.done) {
    s.done = true;
    const dom::Node& n = tree.nodes[id];
    if (n.type == dom::Node::Type::Element && n.tag != "html" && n.tag != "body") {
      NodeSignal ns = node_signal(n);
      s.negative = ns.negative && !ns.positive;
      s.positive = ns.positive;
      s.kind = ns.kind;
      s.weak = ns.weak;
      // a chrome container's description is asked for next (full_signal): kept, not read again
      if (s.negative) full_.emplace(id, std::move(ns));
    }
  }
  return s;
}

const NodeSignal& PageMemo::full_signal(NodeId id) {
  auto it = full_.find(id);
  if (it == full_.end()) it = full_.emplace(id, node_signal(tree.nodes[id])).first;
  return it->second;
}

NodeId PageMemo::negative_ancestor(NodeId id, const std::vector<char>& holds_region) {
  constexpr NodeId kUnknown = kNone - 1;
  std::vector<NodeId>& memo = holds_region.empty() ? neg_plain_ : neg_region_;
  if (memo.empty()) memo.assign(tree.nodes.size(), kUnknown);
  path_.clear();
  NodeId result = kNone;
  for (NodeId cur = id; cur != kNone && cur != 0; cur = parent(cur)) {
    if (memo[cur] != kUnknown) {
      result = memo[cur];
      break;
    }
    if (!holds_region.empty() && holds_region[cur]) {
      result = kNone;
      memo[cur] = kNone;
      break;
    }
    if (signal(cur).negative) {
      result = cur;
      memo[cur] = cur;
      break;
    }
    path_.push_back(cur);
  }
  for (NodeId p : path_) memo[p] = result;
  return result;
}

bool PageMemo::paragraph_like(NodeId id) {
  if (para_memo_[id] >= 0) return para_memo_[id] != 0;
  para_memo_[id] = 0;
  for (NodeId c : tree.nodes[id].children) {
    const dom::Node& k = tree.nodes[c];
    if (k.type == dom::Node::Type::Element && !k.hidden && blocks::is_block_tag(k.tag)) return false;
  }
  para_memo_[id] = 1;
  return true;
}

}  // namespace winnow::classify
