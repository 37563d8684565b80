// find_region (region.h): candidate scoring, Readability's refinements, siblings; covered by
// [classify] in tests/core and the tests/pages expected outputs.
#include "classify/region.h"

#include <algorithm>

#include "classify/settings.h"

namespace winnow::classify {
namespace {

using dom::NodeId;
using dom::kNone;
namespace S = settings;

double tag_weight(std::string_view tag) {
  for (const auto& w : S::kTagWeights)
    if (w.tag == tag) return w.weight;
  return 0;
}

// The scores of one scoring pass over the page's nodes.
class Scorer {
 public:
  explicit Scorer(PageMemo& m) : m_(m), score(m.tree.nodes.size(), 0.0), scored(m.tree.nodes.size(), 0) {}

  // One scoring pass; returns the top candidate or kNone.
  NodeId grab(bool skip_unlikely);
  // Readability's refinements of the top candidate.
  NodeId refine(NodeId top);

 private:
  PageMemo& m_;
  void init_node(NodeId id);
  NodeId common_parent_of_alternatives(NodeId top);

 public:
  std::vector<double> score;
  std::vector<char> scored;
  std::vector<NodeId> candidates;
};

void Scorer::init_node(NodeId id) {
  if (scored[id]) return;
  scored[id] = 1;
  const Sig& s = m_.signal(id);
  double w = 0;
  if (s.positive) w += S::kClassWeight;
  if (s.negative) w -= S::kClassWeight;
  score[id] = tag_weight(m_.tree.nodes[id].tag) + w;
  candidates.push_back(id);
}

NodeId Scorer::grab(bool skip_unlikely) {
  for (NodeId c : candidates) {  // the last pass's nodes, the only ones it scored, back to none
    score[c] = 0.0;
    scored[c] = 0;
  }
  candidates.clear();
  static const std::vector<char> none;
  for (std::size_t i = 0; i < m_.bl.size(); ++i) {
    const auto& b = m_.bl[i];
    if (b.chars < S::kMinParagraphChars || b.heading || b.in_form) continue;
    if (b.node == kNone || b.node == 0) continue;
    if (skip_unlikely && m_.negative_ancestor(b.node, none) != kNone) continue;
    double cs = 1.0 + m_.stats(i).commas + std::min(b.chars / S::kScoreCharsPerPoint, S::kScoreMaxLengthPoints);
    NodeId cur = m_.paragraph_like(b.node) ? m_.parent(b.node) : b.node;
    for (int level = 0; level < S::kAncestorLevels && cur != kNone && cur != 0; ++level) {
      init_node(cur);
      double div = level == 0 ? 1.0 : level == 1 ? 2.0 : level * S::kScoreLevelDivisor;
      score[cur] += cs / div;
      cur = m_.parent(cur);
    }
  }
  NodeId top = kNone;
  double best = -1e9;
  for (NodeId c : candidates) {
    double ld = m_.sub_chars[c] > 0 ? m_.sub_links[c] / m_.sub_chars[c] : 0.0;
    score[c] *= (1.0 - ld);
    if (score[c] > best) {
      best = score[c];
      top = c;
    }
  }
  return top;
}

// Several near-best candidates under one ancestor mean the article is that ancestor.
NodeId Scorer::common_parent_of_alternatives(NodeId top) {
  std::vector<NodeId> alts;
  for (NodeId c : candidates)
    if (c != top && score[c] >= S::kAlternativeRatio * score[top]) alts.push_back(c);
  if (static_cast<int>(alts.size()) < S::kMinAlternatives) return top;
  for (NodeId p = m_.parent(top); p != kNone && p != 0; p = m_.parent(p)) {
    int contained = 0;
    for (NodeId a : alts) {
      for (NodeId q = a; q != kNone; q = m_.parent(q))
        if (q == p) {
          ++contained;
          break;
        }
    }
    if (contained >= S::kMinAlternatives) return p;
    if (m_.tree.nodes[p].tag == "body") break;
  }
  return top;
}

// Then a parent scoring better than its child wins, and a lone child stands for its parent.
NodeId Scorer::refine(NodeId top) {
  const dom::Tree& tree = m_.tree;
  top = common_parent_of_alternatives(top);
  double last = score[top];
  double threshold = last / S::kParentScoreDivisor;
  for (NodeId p = m_.parent(top); p != kNone && p != 0 && tree.nodes[p].tag != "body"; p = m_.parent(p)) {
    if (!scored[p]) continue;
    if (score[p] < threshold) break;
    if (score[p] > last) {
      top = p;
      break;
    }
    last = score[p];
  }
  for (NodeId p = m_.parent(top); p != kNone && p != 0 && tree.nodes[p].tag != "body"; p = m_.parent(p)) {
    std::size_t elements = 0;
    for (NodeId c : tree.nodes[p].children)
      if (tree.nodes[c].type == dom::Node::Type::Element) ++elements;
    if (elements != 1) break;
    top = p;
  }
  return top;
}

// The top candidate of the first pass, or of a pass with unlikely containers when the first
// found too little text; the scores left in `sc` are the winning pass's.
NodeId best_candidate(Scorer& sc, PageMemo& m) {
  NodeId top = sc.grab(true);
  if (top == kNone || m.sub_chars[top] < S::kMinArticleChars) {
    NodeId again = sc.grab(false);
    if (again != kNone && (top == kNone || m.sub_chars[again] > m.sub_chars[top])) top = again;
    else if (top != kNone) sc.grab(true);
  }
  return top;
}

// Whether a sibling of the top container joins the region: it scores near the top (more so
// with the top's class), or it is a <p> of text with few links.
bool sibling_joins(const Scorer& sc, PageMemo& m, NodeId top, NodeId sib, double threshold) {
  const dom::Node& sn = m.tree.nodes[sib];
  std::string_view top_class = m.tree.nodes[top].classes;
  if (sc.scored[sib]) {
    double bonus = (!top_class.empty() && sn.classes == top_class) ? sc.score[top] * S::kSiblingSameClassBonus : 0.0;
    if (sc.score[sib] + bonus >= threshold && !m.signal(sib).negative) return true;
  }
  if (sn.tag == "p" && m.sub_chars[sib] > 0) {
    double ld = m.sub_links[sib] / m.sub_chars[sib];
    return m.sub_chars[sib] > S::kSiblingParagraphMinChars && ld < S::kSiblingParagraphMaxLinkDensity;
  }
  return false;
}

// Marks the region's nodes (top and joining siblings, then their descendants) and the nodes
// holding them.
void mark_region(const Scorer& sc, PageMemo& m, NodeId top, Region& r) {
  const std::size_t n = m.tree.nodes.size();
  NodeId par = m.parent(top);
  double threshold = std::max(S::kMinSiblingScore, sc.score[top] * S::kSiblingThreshold);
  if (par != kNone) {
    for (NodeId sib : m.tree.nodes[par].children) {
      const dom::Node& sn = m.tree.nodes[sib];
      if (sn.type != dom::Node::Type::Element || sn.hidden) continue;
      if (sib == top || sibling_joins(sc, m, top, sib, threshold)) r.node[sib] = 1;
    }
  }
  r.node[top] = 1;
  for (NodeId id = 0; id < n; ++id)
    if (r.node[id])
      for (NodeId p = id; p != kNone; p = m.parent(p)) r.holds[p] = 1;
  // inherit: nodes are stored parents-first by both adapters
  for (NodeId id = 1; id < n; ++id) {
    NodeId p = m.tree.nodes[id].parent;
    if (p != kNone && p < id && r.node[p]) r.node[id] = 1;
  }
  for (NodeId id = 0; id < n; ++id) {
    NodeId p = m.tree.nodes[id].parent;
    if (r.node[id] && (p == kNone || !r.node[p])) r.chars += m.sub_chars[id];
  }
}

}  // namespace

Region find_region(PageMemo& m) {
  Region r;
  r.node.assign(m.tree.nodes.size(), 0);
  r.holds.assign(m.tree.nodes.size(), 0);
  Scorer sc(m);
  NodeId top = best_candidate(sc, m);
  if (top != kNone) mark_region(sc, m, sc.refine(top), r);
  r.block.assign(m.bl.size(), 0);
  for (std::size_t i = 0; i < m.bl.size(); ++i) r.block[i] = m.bl[i].node != kNone && r.node[m.bl[i].node];
  return r;
}

}  // namespace winnow::classify
