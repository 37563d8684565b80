// Evaluation of a generated tree ensemble (forest.h).
#include "classify/forest.h"

namespace winnow::classify {

double forest_score(const Forest& f, const double* x, std::size_t cls) {
  double s = f.baseline[cls];
  for (std::size_t t = cls; t < f.trees; t += f.classes) {
    const TreeNode* base = f.nodes + f.roots[t];
    const TreeNode* n = base;
    while (n->feature >= 0) n = base + (x[n->feature] <= n->value ? n->left : n->right);
    s += n->value;
  }
  return s;
}

}  // namespace winnow::classify
