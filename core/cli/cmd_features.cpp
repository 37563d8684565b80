// `winnow features`: {"id","url","html"} lines in; per page the learned model's input as the
// core computes it, one row per block, with the block's text, for training/train.py (`--blurb`:
// the blurb model's inputs and the tokens of its word input, for training/blurbs.py). `--names`
// prints the column names as one JSON array.
#include <cstdio>
#include <iostream>
#include <string>

#include "commands.h"
#include "jsonl.h"
#include "winnow/blocks.h"
#include "winnow/classify.h"
#include "winnow/html.h"
#include "winnow/json_string.h"

namespace winnow::cli {

int run_features(int argc, char** argv) {
  if (has_flag(argc, argv, "--help")) {
    std::puts("winnow features [--names] [--blurb]\n  in:  {\"id\", \"url\", \"html\"} per line\n"
              "  out: {\"id\", \"text\": [block texts], \"x\": [[feature row], ...]}\n"
              "  --blurb: rows of the blurb model's inputs instead of the block model's, and\n"
              "           \"grams\": the tokens its word input reads in each block");
    return 0;
  }
  const bool blurb = has_flag(argc, argv, "--blurb");
  if (has_flag(argc, argv, "--names")) {
    std::string o = "[";
    for (auto n : blurb ? classify::blurb_feature_names() : classify::model_feature_names()) {
      if (o.size() > 1) o += ',';
      append_json_string(o, n);
    }
    std::puts((o + "]").c_str());
    return 0;
  }
  std::ios::sync_with_stdio(false);
  for_each_record_text(std::cin, std::cout, [&](const json& rec) {
    std::string url = require_string(rec, "url");
    dom::Tree tree = dom::from_html(require_string(rec, "html"));
    std::vector<blocks::Block> bl = blocks::extract(tree);
    classify::FeatureRows rows;
    classify::classify_page(tree, bl, url, &rows);
    const std::size_t cols = blurb ? classify::blurb_feature_names().size() : rows.cols;
    const std::vector<double>& values = blurb ? rows.blurb : rows.values;
    std::string o = "{\"id\":" + dump_line(rec.value("id", json(nullptr))) + ",\"text\":[";
    for (std::size_t i = 0; i < bl.size(); ++i) {
      if (i) o += ',';
      append_json_string(o, bl[i].text);
    }
    o += "],\"x\":[";
    char buf[32];
    for (std::size_t i = 0; i < bl.size(); ++i) {
      o += i ? ",[" : "[";
      for (std::size_t k = 0; k < cols && values.size() == bl.size() * cols; ++k) {
        std::snprintf(buf, sizeof buf, k ? ",%.17g" : "%.17g", values[i * cols + k]);
        o += buf;
      }
      o += ']';
    }
    if (blurb) {
      o += "],\"grams\":[";
      for (std::size_t i = 0; i < bl.size(); ++i) {
        if (i) o += ',';
        append_json_string(o, classify::blurb_gram_tokens(bl[i].text, url));
      }
    }
    return o + "]}";
  });
  return 0;
}

}  // namespace winnow::cli
