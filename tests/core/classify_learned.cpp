// The learned model: its tables match the features the core writes, every block gets a full
// row, and the forest is evaluated as scikit-learn does.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <limits>

#include "classify/forest.h"
#include "classify/learned.h"
#include "classify/repeats.h"
#include "classify/text_stats.h"
#include "winnow/blocks.h"
#include "winnow/classify.h"
#include "winnow/html.h"

using namespace winnow;
using namespace winnow::classify;

namespace {

// The random forests' numbers: a linear congruential generator, the same run after run.
struct Lcg {
  std::uint32_t seed;
  std::uint32_t next() { return (seed = seed * 1664525u + 1013904223u) >> 8; }
  double uniform() { return static_cast<double>(next() % 20001) / 10000.0 - 1.0; }  // -1 .. 1
};

}  // namespace

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

TEST_CASE("learned: elements of the same attributes share their bits, any attribute tells them apart",
          "[classify][learned]") {
  // three boxes of one class: the second's id, the third's role names what it holds; the
  // fourth repeats the first's attributes
  dom::Tree tree = dom::from_html(
      "<html><body><div class='box'><p>The council voted on Tuesday to build new cycle lanes.</p></div>"
      "<div class='box' id='comments'><p>Great news for the town, finally some progress here.</p></div>"
      "<div class='box' role='navigation'><p>Home, World, Sport and Culture pages of the paper.</p></div>"
      "<div class='box'><p>Work begins in spring and takes nine months, the mayor said.</p></div>"
      "</body></html>");
  std::vector<blocks::Block> bl = blocks::extract(tree);
  REQUIRE(bl.size() == 4);
  FeatureRows rows;
  classify_page(tree, bl, "https://example.com/2025/story", &rows);
  REQUIRE(rows.values.size() == bl.size() * rows.cols);
  const auto& names = model_feature_names();
  const auto column = [&](std::string_view name) {
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
  };
  const std::size_t comment = column("a_comment"), nav = column("a_nav");
  REQUIRE(nav < rows.cols);
  const auto at = [&](std::size_t block, std::size_t c) { return rows.values[block * rows.cols + c]; };
  CHECK(at(0, comment) == 0.0);
  CHECK(at(1, comment) == 1.0);
  CHECK(at(2, comment) == 0.0);
  CHECK(at(2, nav) == 1.0);
  CHECK(at(3, comment) == 0.0);
  CHECK(at(3, nav) == 0.0);
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

TEST_CASE("forest: read by feature, the score is the walk's to the last bit, shared columns read once or not",
          "[classify][learned]") {
  // random binary forests of trees of varied shape, a third of whose splits reuse an earlier
  // threshold (as the trainer's bin edges are shared: read once for all of them); rows take
  // values on thresholds, NaN and infinities; column 0 is shared by all rows of a page, the others vary
  Lcg rng{777};
  constexpr std::size_t kTrees = 30, kCols = 4;
  std::vector<TreeNode> nodes;
  std::vector<std::uint32_t> roots;
  std::vector<double> thresholds;
  for (std::size_t t = 0; t < kTrees; ++t) {
    roots.push_back(static_cast<std::uint32_t>(nodes.size()));
    // a chain leaning left or right at random: splits at k, leaves hang off each
    const std::uint16_t splits = static_cast<std::uint16_t>(1 + rng.next() % 7);
    for (std::uint16_t k = 0; k < splits; ++k) {
      const bool deeper_left = rng.next() % 2;
      const auto leaf = static_cast<std::uint16_t>(2 * k + 1), on = static_cast<std::uint16_t>(2 * k + 2);
      const double th = !thresholds.empty() && rng.next() % 3 == 0 ? thresholds[rng.next() % thresholds.size()]
                                                                   : rng.uniform();
      thresholds.push_back(th);
      const auto column = static_cast<std::int16_t>(rng.next() % kCols);
      nodes.push_back({column, deeper_left ? on : leaf, deeper_left ? leaf : on, th});
      nodes.push_back({-1, 0, 0, rng.uniform()});
    }
    nodes.push_back({-1, 0, 0, rng.uniform()});
  }
  const double base[] = {-0.3};
  const Forest f{nodes.data(), roots.data(), kTrees, 1, base};
  const ForestByFeature by_feature(f, kCols);
  const double inf = std::numeric_limits<double>::infinity(), nan = std::numeric_limits<double>::quiet_NaN();
  auto value = [&] {
    const auto k = rng.next() % 10;
    if (k < 4) return thresholds[rng.next() % thresholds.size()];
    return k == 4 ? nan : k == 5 ? -inf : k == 6 ? inf : rng.uniform();
  };
  int shared = 0;
  for (int page = 0; page < 300; ++page) {
    const std::size_t n = 1 + rng.next() % 6;
    std::vector<double> rows(n * kCols);
    const double common = value();
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t c = 0; c < kCols; ++c) rows[i * kCols + c] = c == 0 ? common : value();
    const ForestStart start = by_feature.start(rows.data(), n);
    shared += start.runs.size() < kCols;
    for (std::size_t i = 0; i < n; ++i) {
      const double* x = rows.data() + i * kCols;
      const double walked = forest_score(f, x), read = by_feature.score(start, x), alone = by_feature.score(x);
      CHECK(std::memcmp(&walked, &read, sizeof walked) == 0);
      CHECK(std::memcmp(&walked, &alone, sizeof walked) == 0);
    }
  }
  CHECK(shared > 0);  // some columns were read once per page
}

TEST_CASE("repeats: a grid of cards repeats its path and its labels, prose holds the page's text",
          "[classify][learned]") {
  std::string grid;
  for (int i = 0; i < 5; ++i)
    grid += "<div class='card'><div class='title'><a href='/p" + std::to_string(i) + "'>Chain kit number " +
            std::to_string(i) + "</a></div><div class='price'>$1" + std::to_string(i) +
            ".00</div><div class='tag'>Business</div></div>";
  dom::Tree tree = dom::from_html(
      "<html><body><div class='story'><p>The council voted on Tuesday to build new cycle lanes along the river, "
      "ending a debate that had run for six years.</p><p>Work begins in spring and takes nine months, the "
      "mayor said, at a cost of four million euros.</p></div><div class='grid'>" + grid + "</div></body></html>");
  std::vector<blocks::Block> bl = blocks::extract(tree);
  BlockRepeats r = block_repeats(tree, bl, first_same_text(bl));
  REQUIRE(r.same_path.size() == bl.size());
  auto find = [&](std::string_view text) {
    for (std::size_t i = 0; i < bl.size(); ++i)
      if (bl[i].text.starts_with(text)) return i;
    FAIL("no block " << text);
    return std::size_t{0};
  };
  const std::size_t prose = find("The council"), price = find("$12"), label = find("Business");
  CHECK(r.same_path[prose] == 1);  // the other paragraph of the story
  CHECK(r.same_path[price] == 14);  // the cards' other lines: a block's own class is not its path
  CHECK(r.same_text[label] == 4);
  CHECK(r.same_text[prose] == 0);
  CHECK(r.path_share[prose] > 0.5);
  CHECK(r.path_share[price] < r.path_share[prose]);
  // look-alike siblings: each card has four others
  CHECK(same_siblings(tree, bl)[tree.nodes[bl[price].node].parent] == 4);
}

TEST_CASE("repeats: each block's first block of the very same text", "[classify][learned]") {
  std::vector<blocks::Block> bl(6);
  const char* texts[] = {"Business", "Politics", "Business", "business", "Politics", "Business"};
  for (std::size_t i = 0; i < bl.size(); ++i) bl[i].text = texts[i];  // all of one length
  CHECK(first_same_text(bl) == std::vector<std::uint32_t>{0, 1, 0, 3, 1, 0});
  CHECK(block_repeats(dom::Tree{}, bl, first_same_text(bl)).same_text == std::vector<std::uint32_t>{2, 1, 2, 0, 1, 2});
}

TEST_CASE("learned: a long article keeps its tail, whatever its length", "[classify][learned]") {
  // The model must not read the size of a page longer than any it was trained on as a sign of
  // chrome (with page sizes among its features, 199 of 1,000 paragraphs stayed content), nor a
  // block's index among many as the page's tail (with it, the last sixth was dimmed).
  static constexpr const char* kWords[] = {"council", "bridge", "budget", "buses", "residents", "meeting",
                                           "mayor",   "river",  "spring", "cost",  "plan",      "street"};
  for (int paragraphs : {50, 200, 1000, 3000}) {
    std::string html = "<html><head><title>A long report</title></head><body><nav><a href='/'>Home</a> "
                       "<a href='/news'>News</a></nav><article><h1>A long report</h1>";
    unsigned seed = 7;
    for (int i = 0; i < paragraphs; ++i) {
      html += "<p>Paragraph " + std::to_string(i) + ": the";
      for (int w = 0; w < 22; ++w) {
        seed = seed * 1103515245u + 12345u;
        html += std::string(" ") + kWords[(seed >> 16) % std::size(kWords)];
      }
      html += ", the mayor said on Tuesday.</p>";
    }
    html += "</article><footer>&copy; 2025 Example</footer></body></html>";
    dom::Tree tree = dom::from_html(html);
    std::vector<blocks::Block> bl = blocks::extract(tree);
    Result r = classify_page(tree, bl, "https://example.com/2025/long-report");
    int content = 0;
    for (std::size_t i = 0; i < bl.size(); ++i)
      content += bl[i].text.starts_with("Paragraph") && r.verdicts[i].label == Label::Content;
    INFO(paragraphs << " paragraphs");
    CHECK(content >= paragraphs * 98 / 100);
  }
}

TEST_CASE("learned: where the rules kept little of what the model reads as the page's text, the model decides",
          "[classify][learned]") {
  // A story told in photo captions: the rules keep the by-line and drop every caption, the model
  // reads the captions as the page's text. With the rules as a prior, a caption needed the higher
  // restore cut and the page kept 2 of its 6 captions; the rules' region holding
  // under train.py's article_agree share of the model's expected text, every block needs the
  // keep cut.
  static constexpr const char* kCaptions[] = {
      "The county's new bus timetable starts on Monday, with buses every twelve minutes on the main valley "
      "route and a late service on Fridays and Saturdays until midnight.",
      "Planners said the change follows a survey of 2,400 riders last spring, in which most asked for more "
      "evening buses rather than faster ones during the day.",
      "The route through Millbrook will lose two stops near the old station, which saw fewer than twenty "
      "boardings a day, and gain one outside the new health centre.",
      "Fares stay at 2.40 for a single journey, and the weekly pass at 15, until the council reviews its "
      "transport budget in April next year.",
      "Drivers' union representatives said they had agreed to the new rota after the county promised two "
      "extra relief drivers at the Eastgate depot.",
      "Printed timetables will be at libraries and at the bus station from Thursday; the route map at every "
      "stop will be replaced over the weekend."};
  std::string html = "<html lang=en><head><title>New bus timetable from Monday - Valley Post</title></head><body>"
                     "<header><nav><ul><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li>"
                     "<li><a href='/contact'>Contact</a></li></ul></nav></header><main><article>"
                     "<h1>New bus timetable from Monday</h1><p>By our transport reporter.</p>";
  for (std::size_t i = 0; i < std::size(kCaptions); ++i)
    html += "<figure><img src='b" + std::to_string(i) + ".jpg'><figcaption>" + kCaptions[i] + "</figcaption></figure>";
  html += "</article></main><footer><p>Valley Post, 1 High Street</p></footer></body></html>";
  dom::Tree tree = dom::from_html(html);
  std::vector<blocks::Block> bl = blocks::extract(tree);
  Result r = classify_page(tree, bl, "https://valleypost.example/news/bus-timetable");
  REQUIRE(r.kind == PageKind::Article);
  int captions = 0, kept = 0;
  for (std::size_t i = 0; i < bl.size(); ++i) {
    if (std::find(std::begin(kCaptions), std::end(kCaptions), bl[i].text) == std::end(kCaptions)) continue;
    ++captions;
    kept += r.verdicts[i].label == Label::Content;
  }
  CHECK(captions == 6);
  CHECK(kept >= 4);
}

TEST_CASE("learned: a post where the site talks to its readers and little else is the page's text",
          "[classify][learned]") {
  // A site's own open thread: its one paragraph reads as a blurb. Beside a story it is marked;
  // alone, marking it would leave the page less text than the model reads a page by (a line
  // pointing at the last thread), so it is the page's text.
  static constexpr const char* kThread =
      "Our goal with these quarterly open threads is to give blog readers a chance to raise comments or "
      "questions about Lanternfund or related topics in the comments section below. As always, you are also "
      "welcome to email us at hello@lanternfund.example if you have feedback you would prefer to discuss privately.";
  const auto page = [&](const std::string& story) {
    return "<html lang=en><head><title>Open thread - Lanternfund</title></head><body><header><nav>"
           "<a href='/'>Home</a> <a href='/blog'>Blog</a> <a href='/about'>About</a></nav></header>"
           "<main><article><h1>Open thread</h1>" + story + "<p>" + kThread +
           "</p><p>You can read our June open thread here.</p></article></main>"
           "<footer><p>Lanternfund, 4 Mill Lane</p></footer></body></html>";
  };
  const auto thread_verdict = [&](const std::string& html) {
    dom::Tree tree = dom::from_html(html);
    std::vector<blocks::Block> bl = blocks::extract(tree);
    Result r = classify_page(tree, bl, "https://lanternfund.example/blog/open-thread");
    for (std::size_t i = 0; i < bl.size(); ++i)
      if (bl[i].text == kThread) return r.verdicts[i];
    return Verdict{};
  };
  const Verdict beside = thread_verdict(page(
      "<p>The charity granted 1.2 million pounds to eleven village schools in Kent this autumn, most of it for "
      "roof repairs and heating, its annual report shows.</p><p>Headteacher Mary Dunn of Elham Primary said the "
      "grant paid for a new boiler before the first frost in October.</p>"));
  CHECK(beside.label == Label::Boilerplate);
  CHECK(beside.kind == Kind::Blurb);
  const Verdict alone = thread_verdict(page(""));
  CHECK(alone.label == Label::Content);
  CHECK(alone.kind == Kind::Article);
}
