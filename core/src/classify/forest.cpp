// Evaluation of a generated tree ensemble (forest.h).
#include "classify/forest.h"

namespace winnow::classify {
namespace {

// Far above the rounding of a sum of a few hundred leaf values, far below any cut's meaning.
constexpr double kReachMargin = 1e-9;

double leaf_value(const Forest& f, std::size_t t, const double* x) {
  const TreeNode* base = f.nodes + f.roots[t];
  const TreeNode* n = base;
  while (n->feature >= 0) n = base + (x[n->feature] <= n->value ? n->left : n->right);
  return n->value;
}

}  // namespace

double forest_score(const Forest& f, const double* x, std::size_t cls) {
  double s = f.baseline[cls];
  for (std::size_t t = cls; t < f.trees; t += f.classes) s += leaf_value(f, t, x);
  return s;
}

bool forest_exceeds(const Forest& f, const double* most, const double* least, const double* x, double cut) {
  double s = f.baseline[0];
  for (std::size_t t = 0; t < f.trees; ++t) {
    if (s + least[t] > cut + kReachMargin) return true;
    if (s + most[t] < cut - kReachMargin) return false;
    s += leaf_value(f, t, x);
  }
  return s > cut;
}

}  // namespace winnow::classify
