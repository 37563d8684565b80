// The learned pass (learned.h). The page-type model reads the page as the char-weighted mean
// of its block rows; the block model reads each row. On articles the rules' verdict is a prior
// the model overrules only past a second, higher cut, unless the rules kept too little of what
// the model expects to be content (they found the wrong region: every block then needs the
// first cut); on forums, shops, documentation and other pages the model alone decides, with a
// lower cut (their posts and product text are what a reader came for). Site blurbs on news pages
// are marked whatever the model says, unless marking them would leave the page no story.
// The cuts are training/train.py's, chosen on out-of-fold scores; covered by [learned].
#include "classify/learned.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>

#include "classify/forest.h"
#include "classify/settings.h"

namespace winnow::classify {
namespace {
#include "classify/model_data.inc"

static_assert(kBlockForest.classes == 1 && kBlockForest.trees <= ForestByFeature::kMaxTrees &&
              forest_max_leaves(kBlockForest) <= ForestByFeature::kMaxLeaves);

const ForestByFeature& block_forest() {
  static const ForestByFeature forest(kBlockForest, kModelFeatures);
  return forest;
}

std::size_t column(std::string_view name) {
  const auto& names = feature_names();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return i;
  return 0;
}

bool news_kind(PageKind k) { return k == PageKind::Article || k == PageKind::Listing || k == PageKind::Collection; }

bool named_chrome(Kind k) {
  return k == Kind::Blurb || k == Kind::Share || k == Kind::Subscribe || k == Kind::Cookie || k == Kind::Legal;
}

PageKind predict_kind(const std::vector<double>& rows, const std::vector<blocks::Block>& bl, std::size_t cols) {
  std::vector<double> mean(cols, 0.0);
  double total = 0;
  for (std::size_t i = 0; i < bl.size(); ++i) {
    const double w = bl[i].chars;
    total += w;
    for (std::size_t k = 0; k < cols; ++k) mean[k] += w * rows[i * cols + k];
  }
  if (total > 0)
    for (double& m : mean) m /= total;
  std::size_t best = 0;
  double best_score = -1e300;
  for (std::size_t c = 0; c < kTypeForest.classes; ++c) {
    double s = forest_score(kTypeForest, mean.data(), c);
    if (s > best_score) {
      best_score = s;
      best = c;
    }
  }
  return kTypeKinds[best];
}

// The share of the model's expected content characters (a block's probability of being content
// times its characters) that the rules kept: train.py's rules_agreement.
double rules_agreement(const RuleView& view, const Result& r, const std::vector<double>& scores) {
  double expected = 0, kept = 0;
  for (std::size_t i = 0; i < view.bl.size(); ++i) {
    const double e = view.bl[i].chars / (1.0 + std::exp(-scores[i]));
    expected += e;
    if (r.verdicts[i].label == Label::Content) kept += e;
  }
  return kept / std::max(expected, 1e-300);
}

// The score over which a block is content. On articles the rules may be a prior the model
// overrules only when sure (training/train.py chooses the cuts on out-of-fold scores).
double content_cut(PageKind kind, bool ruled_content, bool rules_astray) {
  if (kind != PageKind::Article) return kOtherThreshold;
  return ruled_content || rules_astray ? kArticleKeepThreshold : kArticleRestoreThreshold;
}

// The model's verdict on a block the rules judged: kept with the rules' reason, or dropped.
void relabel(Verdict& v, bool content) {
  const bool ruled_content = v.label == Label::Content;
  if (content && !ruled_content) {
    v.set_reason(Reason::KeptByModel, std::string(v.reason));
    v.label = Label::Content;
    v.kind = Kind::Article;
  } else if (!content && ruled_content) {
    v.label = Label::Boilerplate;
    v.kind = Kind::Other;
    v.set_reason(Reason::DroppedByModel, std::string(v.reason));
  }
}

}  // namespace

const std::vector<std::string_view>& model_feature_names() { return feature_names(); }

bool model_matches_features() {
  const auto& names = feature_names();
  if (names.size() != kModelFeatures) return false;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] != kModelFeatureNames[i]) return false;
  return true;
}

void apply_learned(const RuleView& view, Result& r, FeatureRows* dump) {
  const std::size_t cols = feature_names().size();
  std::vector<double> rows = block_features(view, dump ? &dump->blurb : nullptr);
  if (dump) {
    dump->cols = cols;
    dump->values = rows;
  }
  if (rows.size() != view.bl.size() * cols || !model_matches_features()) return;  // tables out of step: rules only
  // an app shell or an error page ("Loading…") has too little text for either model to read
  std::size_t page_chars = 0;
  for (const auto& b : view.bl) page_chars += b.chars;
  if (page_chars < settings::kLearnedMinPageChars) return;
  r.kind = view.bl.empty() ? PageKind::Other : predict_kind(rows, view.bl, cols);
  // page_type (which pages enter the history) stays the rules' until the kind model is validated
  // on the extension's own pages; page_kind reports the model's reading
  static const std::size_t blurb_col = column("blurb");
  const ForestStart start = block_forest().start(rows.data(), view.bl.size());
  std::vector<double> scores(view.bl.size());
  for (std::size_t i = 0; i < view.bl.size(); ++i) scores[i] = block_forest().score(start, rows.data() + i * cols);
  const bool rules_astray = r.kind == PageKind::Article && rules_agreement(view, r, scores) < kArticleAgreeShare;
  // a site's blurb on a news site's page (article or index), whatever its place (the model saw
  // few of them); on forums, shops, docs and service pages people thank and address each other.
  // Chrome the rules already named keeps its kind (a cookie note stays a cookie note).
  std::vector<char> blurb(view.bl.size()), left_alone(view.bl.size()), content(view.bl.size());
  std::size_t story_chars = 0;  // the main text with the blurbs marked
  for (std::size_t i = 0; i < view.bl.size(); ++i) {
    const Verdict& v = r.verdicts[i];
    const bool named = v.label == Label::Boilerplate && named_chrome(v.kind);
    blurb[i] = news_kind(r.kind) && rows[i * cols + blurb_col] > 0.5 && !v.headline && !named;
    // the headline stays out of main_text (design.md), and what the rules named by its own words
    // (a phrase, a section label and its list) or kind (a blurb, a share bar, a sign-up, a cookie
    // prompt, legal lines) stays chrome
    left_alone[i] = v.headline || named || (v.label == Label::Boilerplate && v.named);
    content[i] = !left_alone[i] && scores[i] > content_cut(r.kind, v.label == Label::Content, rules_astray);
    if (!blurb[i] && content[i]) story_chars += view.bl[i].chars;
  }
  // Blurbs stand around a story: where marking them would leave less main text than the model
  // reads a page by, they are the page's story (a site's own announcement, open thread or about
  // page) and are judged as any block.
  const bool blurbs_are_story = story_chars < settings::kLearnedMinPageChars;
  for (std::size_t i = 0; i < view.bl.size(); ++i) {
    Verdict& v = r.verdicts[i];
    if (blurb[i] && !blurbs_are_story) {
      v.label = Label::Boilerplate;
      v.kind = Kind::Blurb;
      v.set_reason(Reason::SiteBlurb);
    } else if (!left_alone[i]) {
      relabel(v, content[i]);
    }
  }
}

}  // namespace winnow::classify
