// Features of the learned boilerplate model: one fixed-order row of numbers per block, read off
// the block, its neighbours, its containers, the structural rules' verdict and the page as a
// whole. The same function feeds the model at run time and `winnow features` (the training
// dump), so the model is trained on exactly what the core computes. Only sums, ratios and
// comparisons: the same bits natively and in wasm.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "classify/text_stats.h"
#include "winnow/classify.h"

namespace winnow::classify {

// What the structural rules (classify_page and its steps) know about the page when they are done.
struct RuleView {
  const dom::Tree& tree;
  const std::vector<blocks::Block>& bl;
  const std::vector<Verdict>& verdicts;     // the rules' verdicts, one per block
  const std::vector<char>& in_region;       // block inside the article region
  const std::vector<TextStats>& stats;      // every block's word statistics
  const std::vector<double>& sub_chars;     // per node: text below it
  const std::vector<double>& sub_links;     // per node: link text below it
  PageType rule_type;
  int lang;                                 // stopword list index, -1 for none
  std::string_view url;
  const std::vector<std::vector<std::uint32_t>>& terms;  // per block: its content words (take_content_words)
  const std::vector<std::uint32_t>& first;  // per block: the first block of the same text (first_same_text)
};

// Names of the columns, in order (the dump's header and the training script's columns).
const std::vector<std::string_view>& feature_names();

// Row-major matrix: bl.size() rows of feature_names().size() columns; the blurb model's
// inputs of each block into `blurb` when given (blurb_feature_names() columns).
std::vector<double> block_features(const RuleView& v, std::vector<double>* blurb = nullptr);

}  // namespace winnow::classify
