// Block features for the learned model (features.h). Columns are written in the order of
// feature_names(); the Catch2 suite checks that every row has exactly that many.
#include "classify/features.h"

#include "classify/ancestors.h"
#include "classify/blurb.h"
#include "classify/cohesion.h"
#include "classify/repeats.h"
#include "winnow/url.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace winnow::classify {
namespace {

using dom::NodeId;
using dom::kNone;

// The block element's own tag, as a small code.
double tag_code(std::string_view t) {
  static constexpr std::string_view kTags[] = {"p", "div", "li", "td", "th", "span", "pre", "dd", "dt", "blockquote",
                                               "a", "section", "article", "figcaption", "label", "button", "h1", "h2",
                                               "h3", "h4", "h5", "h6", "code", "strong", "b", "em", "time", "address"};
  for (std::size_t i = 0; i < std::size(kTags); ++i)
    if (kTags[i] == t) return static_cast<double>(i + 1);
  return 0.0;
}

// URL path words that say what a page is (forum, docs, shop...), as bits.
struct UrlBit {
  const char* name;
  std::array<std::string_view, 6> words;
};
constexpr UrlBit kUrlBits[] = {
    {"u_forum", {"forum", "thread", "topic", "community", "discuss", "question"}},
    {"u_doc", {"doc", "api", "reference", "guide", "manual", "wiki"}},
    {"u_product", {"product", "shop", "item", "/p/", "store", "buy"}},
    {"u_list", {"category", "tag", "collection", "archive", "search", "list"}},
    {"u_article", {"blog", "news", "article", "story", "post", "/20"}},
    {"u_service", {"service", "pricing", "about", "contact", "solution", "feature"}},
};

std::string lower(std::string_view s) {
  std::string o(s);
  for (char& c : o)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return o;
}

bool any_of_words(std::string_view hay, const std::array<std::string_view, 6>& words) {
  for (auto w : words)
    if (!w.empty() && hay.find(w) != std::string_view::npos) return true;
  return false;
}

struct PageSums {
  double chars = 0, link_heavy = 0, rule_content = 0, region = 0, list = 0,
         table = 0, form = 0, stop = 0, words = 0;
  std::size_t first_region = static_cast<std::size_t>(-1), last_region = 0;
  double depth_sum = 0;
};

PageSums page_sums(const RuleView& v) {
  PageSums s;
  for (std::size_t i = 0; i < v.bl.size(); ++i) {
    const auto& b = v.bl[i];
    s.chars += b.chars;
    if (b.link_density() > 0.5) s.link_heavy += b.chars;
    if (v.verdicts[i].label == Label::Content) s.rule_content += b.chars;
    if (v.in_region[i]) {
      s.region += b.chars;
      s.first_region = std::min(s.first_region, i);
      s.last_region = std::max(s.last_region, i);
    }
    if (b.in_list) s.list += b.chars;
    if (b.in_table) s.table += b.chars;
    if (b.in_form) s.form += b.chars;
    s.stop += v.stats[i].stopwords;
    s.words += v.stats[i].words;
  }
  return s;
}

double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

int depth_of(const dom::Tree& t, NodeId id) {
  int d = 0;
  for (NodeId p = id; p != kNone && p < t.nodes.size() && d < 200; p = t.nodes[p].parent) ++d;
  return d;
}

const std::vector<std::string_view>& names_table() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> n = {
        "chars", "words", "link_density", "heading", "in_list", "in_table", "in_form", "in_quote", "in_figure",
        "in_pre", "in_time", "stop_density", "ends_sentence", "commas_per_word", "sentences", "digit_share",
        "upper_share", "cjk_share", "rule_content", "rule_kind", "headline", "in_region", "before_region",
        "after_region", "text_position", "prev_chars", "next_chars", "prev_ld", "next_ld",
        "prev_content", "next_content", "prev_stop", "next_stop", "window_content", "window_ld", "parent_share",
        "parent_ld", "grand_share", "grand_ld", "depth", "tag", "same_siblings", "parent_same_siblings",
        "grand_same_siblings", "same_path", "path_share", "same_text", "p_link_heavy", "p_rule_content",
        "p_region", "p_list", "p_table", "p_form", "p_stop", "p_rule_type", "p_lang_known", "p_url_depth",
        "p_mean_depth", "rule_named", "b_we", "b_you", "b_site", "b_act", "b_self", "blurb"};
    n.insert(n.end(), ancestor_bit_names().begin(), ancestor_bit_names().end());
    for (const auto& u : kUrlBits) n.push_back(u.name);
    return n;
  }();
  return names;
}

}  // namespace

const std::vector<std::string_view>& feature_names() { return names_table(); }

namespace {

// The path of the page's address, lower-cased ("/news/2024/story/"), and how deep it goes.
struct UrlPath {
  std::string url;
  std::string_view path;
  double depth = 0;
  explicit UrlPath(std::string_view raw) : url(lower(raw)) {
    path = after_scheme(url);
    path = path.substr(std::min(path.size(), path.find('/')));
    depth = static_cast<double>(std::count(path.begin(), path.end(), '/'));
    if (path.size() > 1 && path.back() == '/') depth -= 1;
  }
};

// The text of the block the rules took for the headline (empty when none).
std::string_view headline_text(const RuleView& v) {
  for (std::size_t i = 0; i < v.bl.size() && i < v.verdicts.size(); ++i)
    if (v.verdicts[i].headline) return v.bl[i].text;
  return {};
}

// One page's feature rows, column group by column group (names_table() gives the order).
class RowWriter {
 public:
  RowWriter(const RuleView& v, std::vector<double>& out, std::vector<double>* blurb)
      : v_(v), tree_(v.tree), n_(v.bl.size()), out_(out), row_(names_table().size()), blurb_(blurb),
        bits_(ancestor_bits(v.tree, v.bl)), same_(same_siblings(v.tree, v.bl)), rep_(block_repeats(v.tree, v.bl, v.first)),
        ps_(page_sums(v)), depth_(n_, 0), url_(v.url),
        blurb_page_(blurb_page(site_name(v.url), headline_text(v), nouns_capitalised(v.lang))),
        blurb_words_(page_blurb_words(v, blurb_page_)) {
    for (std::size_t k = 0; k < std::size(kUrlBits); ++k) url_bits_[k] = any_of_words(url_.path, kUrlBits[k].words);
    for (std::size_t i = 0; i < n_; ++i)
      depth_sum_ += depth_[i] = v.bl[i].node == kNone ? 0 : depth_of(tree_, v.bl[i].node);
  }

  void row(std::size_t i) {
    at_ = 0;
    own(i);
    neighbours(i);
    containers(i);
    page(i);
    words_and_bits(i);
    in_step_ = in_step_ && at_ == row_.size();
    out_.insert(out_.end(), row_.begin(), row_.end());
  }

  // Every row wrote one value per column of names_table().
  bool in_step() const { return in_step_; }

 private:
  const RuleView& v_;
  const dom::Tree& tree_;
  const std::size_t n_;
  std::vector<double>& out_;
  std::vector<double> row_;  // the row being written: a put is one store
  std::size_t at_ = 0;
  bool in_step_ = true;
  std::vector<double>* blurb_;  // the blurb model's inputs, for training
  const std::vector<std::uint64_t> bits_;
  const std::size_t bit_count_ = ancestor_bit_names().size();
  const std::vector<std::uint32_t> same_;
  const BlockRepeats rep_;
  const PageSums ps_;
  std::vector<int> depth_;
  double depth_sum_ = 0;
  double before_chars_ = 0;
  const UrlPath url_;
  std::array<bool, std::size(kUrlBits)> url_bits_{};  // the page's address words, read once
  const BlurbPage blurb_page_;  // the site's name, the headline, the language's capitals
  const std::vector<BlurbWords> blurb_words_;  // every block's, with its cohesion

  void put(double x) {
    if (at_ < row_.size()) row_[at_] = x;
    ++at_;
  }
  double content(std::size_t j) const { return v_.verdicts[j].label == Label::Content ? 1.0 : 0.0; }
  NodeId parent(NodeId id) const { return id == kNone || id >= tree_.nodes.size() ? kNone : tree_.nodes[id].parent; }
  bool in_tree(NodeId id) const { return id != kNone && id < tree_.nodes.size(); }
  // A container's share of the page's text and its link density (0, 0 for none).
  void put_node_ratio(NodeId id) {
    put(in_tree(id) ? ratio(v_.sub_chars[id], ps_.chars) : 0);
    put(in_tree(id) ? ratio(v_.sub_links[id], v_.sub_chars[id]) : 0);
  }

  // The block itself: size, place flags, words, and what the rules said.
  void own(std::size_t i) {
    const auto& b = v_.bl[i];
    const TextStats& t = v_.stats[i];
    put(b.chars); put(t.words); put(b.link_density()); put(b.heading); put(b.in_list); put(b.in_table);
    put(b.in_form); put(b.in_quote); put(b.in_figure); put(b.in_pre); put(b.in_time); put(t.stop_density());
    put(t.ends_sentence); put(ratio(t.commas, t.words)); put(t.sentences); put(ratio(t.digits, t.words));
    put(ratio(t.upper_initial, t.words)); put(ratio(t.cjk, t.words));
    put(content(i)); put(static_cast<double>(v_.verdicts[i].kind)); put(v_.verdicts[i].headline); put(v_.in_region[i]);
    put(ps_.first_region < n_ && i < ps_.first_region); put(ps_.first_region < n_ && i > ps_.last_region);
    // The share of the page's text before it, not its index among the blocks: on a long article
    // with little chrome after it, the index put the article's last sixth among the footers.
    put(ratio(before_chars_, ps_.chars));
    before_chars_ += b.chars;
  }

  // The blocks before and after it, and a window of three on each side.
  void neighbours(std::size_t i) {
    const bool hp = i > 0, hn = i + 1 < n_;
    put(hp ? v_.bl[i - 1].chars : 0); put(hn ? v_.bl[i + 1].chars : 0);
    put(hp ? v_.bl[i - 1].link_density() : 0); put(hn ? v_.bl[i + 1].link_density() : 0);
    put(hp ? content(i - 1) : 0); put(hn ? content(i + 1) : 0);
    put(hp ? v_.stats[i - 1].stop_density() : 0); put(hn ? v_.stats[i + 1].stop_density() : 0);
    double wc = 0, wt = 0, wl = 0;
    for (std::size_t j = i >= 3 ? i - 3 : 0; j < n_ && j <= i + 3; ++j) {
      wt += v_.bl[j].chars;
      wc += content(j) * v_.bl[j].chars;
      wl += v_.bl[j].link_chars;
    }
    put(ratio(wc, wt)); put(ratio(wl, wt));
  }

  // Its parent and grandparent, its depth, tag, look-alike siblings and repeats on the page.
  void containers(std::size_t i) {
    const NodeId node = v_.bl[i].node, p = parent(node), g = parent(p);
    put_node_ratio(p);
    put_node_ratio(g);
    put(depth_[i]);
    put(in_tree(node) ? tag_code(tree_.nodes[node].tag) : 0);
    put(in_tree(node) ? same_[node] : 0);
    put(p != kNone ? same_[p] : 0); put(g != kNone ? same_[g] : 0);
    put(rep_.same_path[i]); put(rep_.path_share[i]); put(rep_.same_text[i]);
  }

  // The page as a whole (the same on every row), in shares only: a page's size is no sign of
  // what its blocks are, and a page longer than any the model was trained on (a long read, a
  // transcript) read as one of the largest it saw, listings and threads, lost its tail.
  void page(std::size_t) {
    put(ratio(ps_.link_heavy, ps_.chars)); put(ratio(ps_.rule_content, ps_.chars)); put(ratio(ps_.region, ps_.chars));
    put(ratio(ps_.list, ps_.chars)); put(ratio(ps_.table, ps_.chars)); put(ratio(ps_.form, ps_.chars));
    put(ratio(ps_.stop, ps_.words)); put(static_cast<double>(v_.rule_type)); put(v_.lang >= 0); put(url_.depth);
    put(ratio(depth_sum_, static_cast<double>(n_)));
  }

  // Named by the rules, blurb words, the ancestors' attribute and tag bits, the address's words.
  void words_and_bits(std::size_t i) {
    const auto& b = v_.bl[i];
    put(v_.verdicts[i].named);
    const BlurbWords& bw = blurb_words_[i];
    put(ratio(bw.we, bw.words)); put(ratio(bw.you, bw.words)); put(ratio(bw.site, bw.words));
    put(ratio(bw.act, bw.words)); put(ratio(bw.self, bw.words)); put(is_blurb(bw, b.chars));
    if (blurb_) {
      for (double x : blurb_inputs(bw)) blurb_->push_back(x);
      blurb_->push_back(blurb_sized(bw, b.chars));
    }
    const std::uint64_t nb = in_tree(b.node) ? bits_[b.node] : 0;
    static constexpr double kBit[2] = {0.0, 1.0};
    for (std::size_t k = 0; k < bit_count_; ++k) put(kBit[(nb >> k) & 1u]);
    for (const bool u : url_bits_) put(u);
  }
};

}  // namespace

std::vector<double> block_features(const RuleView& v, std::vector<double>* blurb) {
  std::vector<double> out;
  out.reserve(v.bl.size() * names_table().size());
  RowWriter rows(v, out, blurb);
  for (std::size_t i = 0; i < v.bl.size(); ++i) rows.row(i);
  if (!rows.in_step()) out.clear();  // out of step with the names: no rows, and the model stands aside
  return out;
}

}  // namespace winnow::classify
