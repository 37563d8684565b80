// The learned model: its tables match the features the core writes, every block gets a full
// row, and the forest is evaluated as scikit-learn does.
#include <catch2/catch.hpp>

#include "classify/forest.h"
#include "classify/learned.h"
#include "classify/text_stats.h"
#include "winnow/blocks.h"
#include "winnow/classify.h"
#include "winnow/html.h"

using namespace winnow;
using namespace winnow::classify;

TEST_CASE("learned: the generated tables were trained on today's feature columns", "[classify][learned]") {
  CHECK(model_matches_features());
}

TEST_CASE("learned: one full feature row per block, the same on a second run", "[classify][learned]") {
  dom::Tree tree = dom::from_html(
      "<html><head><title>A story</title></head><body><nav><a href='/'>Home</a> <a href='/b'>World</a></nav>"
      "<article><h1>A story</h1><p>The council voted on Tuesday to build new cycle lanes along the river, "
      "ending a long debate.</p><p>Work begins in spring and takes nine months.</p></article>"
      "<footer>&copy; 2025 Example</footer></body></html>");
  std::vector<blocks::Block> bl = blocks::extract(tree);
  REQUIRE(bl.size() >= 4);
  FeatureRows a, b;
  Result r = classify_page(tree, bl, "https://example.com/2025/story", &a);
  classify_page(tree, bl, "https://example.com/2025/story", &b);
  CHECK(a.cols == model_feature_names().size());
  CHECK(a.values.size() == bl.size() * a.cols);
  CHECK(a.values == b.values);
  CHECK(r.verdicts.size() == bl.size());
}

TEST_CASE("forest: leaves summed over trees, x <= threshold goes left, classes interleaved", "[classify][learned]") {
  // two iterations of a two-class model: trees 0, 2 score class 0; trees 1, 3 class 1
  static constexpr TreeNode nodes[] = {
      {0, 1, 2, 0.5}, {-1, 0, 0, -1.0}, {-1, 0, 0, 2.0},  // tree 0: x0 <= 0.5 ? -1 : 2
      {-1, 0, 0, 0.25},                                    // tree 1
      {1, 1, 2, 3.0}, {-1, 0, 0, 10.0}, {-1, 0, 0, 20.0},  // tree 2: x1 <= 3 ? 10 : 20
      {-1, 0, 0, -0.5}};                                   // tree 3
  static constexpr std::uint32_t roots[] = {0, 3, 4, 7};
  static constexpr double base[] = {1.0, 0.0};
  Forest f{nodes, roots, 4, 2, base};
  const double x[] = {0.5, 3.0};  // both on a threshold: left
  CHECK(forest_score(f, x, 0) == 1.0 - 1.0 + 10.0);
  CHECK(forest_score(f, x, 1) == 0.25 - 0.5);
  const double y[] = {0.6, 3.5};
  CHECK(forest_score(f, y, 0) == 1.0 + 2.0 + 20.0);
}
