// Evaluation of a generated tree ensemble (forest.h).
#include "classify/forest.h"

#include <algorithm>
#include <limits>

namespace winnow::classify {
namespace {

double leaf_value(const Forest& f, std::size_t t, const double* x) {
  const TreeNode* base = f.nodes + f.roots[t];
  const TreeNode* n = base;
  while (n->feature >= 0) n = base + (x[n->feature] <= n->value ? n->left : n->right);
  return n->value;
}

struct Filed {
  double threshold;
  ForestSplit split;
};

struct Filing {
  std::vector<std::vector<Filed>> by_feature;
  double* leaves;  // the tree's kMaxLeaves slots
  unsigned next = 0;
};

// Files the splits under node k by feature, numbering its leaves left to right; returns the bits
// of the leaves under k.
std::uint32_t file_node(const TreeNode* base, std::uint16_t k, std::uint16_t tree, Filing& out) {
  const TreeNode& n = base[k];
  if (n.feature < 0) {
    out.leaves[out.next] = n.value;
    return 1u << out.next++;
  }
  const std::uint32_t left = file_node(base, n.left, tree, out);
  const std::uint32_t right = file_node(base, n.right, tree, out);
  out.by_feature[n.feature].push_back({n.value, {tree, static_cast<std::uint16_t>(~left)}});
  return left | right;
}

}  // namespace

ForestByFeature::ForestByFeature(const Forest& f, std::size_t features)
    : leaves_(f.trees * kMaxLeaves, 0.0), trees_(f.trees), features_(features), baseline_(f.baseline[0]) {
  Filing out{std::vector<std::vector<Filed>>(features), nullptr};
  for (std::size_t t = 0; t < f.trees; ++t) {
    out.leaves = leaves_.data() + t * kMaxLeaves;
    out.next = 0;
    file_node(f.nodes + f.roots[t], 0, static_cast<std::uint16_t>(t), out);
  }
  for (std::size_t c = 0; c < features; ++c) {
    auto& run = out.by_feature[c];
    if (run.empty()) continue;
    std::stable_sort(run.begin(), run.end(), [](const Filed& a, const Filed& b) { return a.threshold < b.threshold; });
    runs_.push_back({static_cast<std::uint32_t>(c), static_cast<std::uint32_t>(cuts_.size()),
                     static_cast<std::uint32_t>(splits_.size()), run.front().threshold});
    for (std::size_t k = 0; k < run.size(); ++k) {
      if (k == 0 || run[k].threshold != run[k - 1].threshold)
        cuts_.push_back({run[k].threshold, static_cast<std::uint32_t>(splits_.size())});
      splits_.push_back(run[k].split);
    }
    cuts_.push_back({std::numeric_limits<double>::infinity(), static_cast<std::uint32_t>(splits_.size())});
  }
}

// Rules out, tree by tree, the leaves left of the splits of run `r` that x = v sends right,
// knowing that v passes the run's thresholds before `cut`.
inline void ForestByFeature::rule_out(std::uint16_t* live, const ForestRun& r, std::uint32_t cut, double v) const {
  // NaN goes right at every split, as +inf does at finite thresholds; +inf stops at the sentinel
  if (v != v) v = std::numeric_limits<double>::infinity();
  const ForestCut* c = cuts_.data() + cut;
  while (v > c->threshold) ++c;
  // the splits of the thresholds passed: every one before c's
  const ForestSplit* s = splits_.data() + r.first;
  const ForestSplit* end = splits_.data() + c->begin;
  for (; s + 4 <= end; s += 4) {
    live[s[0].tree] &= s[0].keep;
    live[s[1].tree] &= s[1].keep;
    live[s[2].tree] &= s[2].keep;
    live[s[3].tree] &= s[3].keep;
  }
  for (; s < end; ++s) live[s->tree] &= s->keep;
}

// Reads the columns of `runs` from x into `live`, then sums each tree's exit leaf in tree order.
double ForestByFeature::finish(std::uint16_t* live, const std::vector<ForestRun>& runs, const double* x) const {
  for (const ForestRun& r : runs) {
    const double v = x[r.column];
    // most columns send no split right (NaN, which sends all, fails this test too)
    if (!(v <= r.threshold)) rule_out(live, r, r.cut + 1, v);
  }
  double s = baseline_;
  const double* leaf = leaves_.data();
  // live[t] is never 0: nothing rules out the leaf the row reaches. Four trees a step, still
  // summed in tree order (the same rounding as forest_score's).
  const auto exit_leaf = [&](std::size_t t) { return static_cast<unsigned>(__builtin_ctz(live[t])); };
  std::size_t t = 0;
  for (; t + 4 <= trees_; t += 4, leaf += 4 * kMaxLeaves) {
    s += leaf[exit_leaf(t)];
    s += leaf[kMaxLeaves + exit_leaf(t + 1)];
    s += leaf[2 * kMaxLeaves + exit_leaf(t + 2)];
    s += leaf[3 * kMaxLeaves + exit_leaf(t + 3)];
  }
  for (; t < trees_; ++t, leaf += kMaxLeaves) s += leaf[exit_leaf(t)];
  return s;
}

ForestStart ForestByFeature::start(const double* rows, std::size_t n) const {
  ForestStart s{std::vector<std::uint16_t>(trees_, 0xFFFF), {}};
  for (const ForestRun& r : runs_) {
    const std::uint32_t c = r.column;
    std::size_t i = 1;
    while (i < n && rows[i * features_ + c] == rows[c]) ++i;
    if (i == n && n > 0) rule_out(s.live.data(), r, r.cut, rows[c]);
    else s.runs.push_back(r);
  }
  return s;
}

double ForestByFeature::score(const ForestStart& start, const double* x) const {
  std::uint16_t live[kMaxTrees];
  std::copy(start.live.begin(), start.live.end(), live);
  return finish(live, start.runs, x);
}

double ForestByFeature::score(const double* x) const {
  std::uint16_t live[kMaxTrees];
  std::fill_n(live, trees_, std::uint16_t{0xFFFF});
  return finish(live, runs_, x);
}

double forest_score(const Forest& f, const double* x, std::size_t cls) {
  double s = f.baseline[cls];
  for (std::size_t t = cls; t < f.trees; t += f.classes) s += leaf_value(f, t, x);
  return s;
}

}  // namespace winnow::classify
