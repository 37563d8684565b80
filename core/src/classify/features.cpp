// Block features for the learned model (features.h). Columns are written in the order of
// feature_names(); the Catch2 suite checks that every row has exactly that many.
#include "classify/features.h"

#include "classify/blurb.h"
#include "classify/settings.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace winnow::classify {
namespace {

using dom::NodeId;
using dom::kNone;

// Words in an element's class, id, role or itemprop that say what it holds. A bit is set on a
// node when any ancestor-or-self carries one of the bit's words (lower-cased substring).
struct AttrBit {
  const char* name;
  std::array<std::string_view, 6> words;
};
constexpr AttrBit kAttrBits[] = {
    {"a_comment", {"comment", "disqus", "respond"}},
    {"a_reply", {"reply", "replies", "answer", "question", "accepted", "vote"}},
    {"a_post", {"post", "message", "msg", "bbcode"}},
    {"a_forum", {"thread", "topic", "forum", "discussion", "community"}},
    {"a_product", {"product", "sku", "price", "cart", "buy", "shop"}},
    {"a_descr", {"descr", "summary", "detail", "overview", "spec"}},
    {"a_content", {"content", "article", "entry", "story", "body", "text"}},
    {"a_main", {"main", "primary", "page-body", "single"}},
    {"a_nav", {"nav", "menu", "breadcrumb", "pagination", "pager", "toc"}},
    {"a_footer", {"footer", "copyright", "bottom", "legal"}},
    {"a_header", {"header", "masthead", "topbar", "banner", "hero"}},
    {"a_side", {"sidebar", "aside", "widget", "rail", "secondary"}},
    {"a_related", {"related", "recommend", "popular", "trending", "more", "recent"}},
    {"a_share", {"share", "social", "follow", "subscribe", "newsletter", "signup"}},
    {"a_meta", {"author", "byline", "meta", "date", "time", "tag"}},
    {"a_doc", {"doc", "markdown", "api", "reference", "manual", "wiki"}},
    {"a_review", {"review", "rating", "star", "testimonial", "feedback"}},
    {"a_card", {"card", "item", "tile", "grid", "list", "teaser"}},
    {"a_user", {"user", "avatar", "profile", "signature", "member", "username"}},
    {"a_ad", {"advert", "sponsor", "promo", "ad-", "ads", "dfp"}},
    {"a_cookie", {"cookie", "consent", "gdpr", "modal", "popup", "overlay"}},
};
constexpr std::size_t kAttrBitCount = std::size(kAttrBits);

// Tags whose presence above a block matters.
constexpr std::string_view kTagBits[] = {"main", "article", "nav", "header", "footer", "aside", "form",
                                         "ul", "ol", "table", "section", "dl"};
constexpr std::size_t kTagBitCount = std::size(kTagBits);

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

// The attribute words by their first byte, each with the bits of the groups it belongs to, so
// that one pass over an element's attributes finds every group (a substring search per word
// per element was the largest cost of the whole analysis).
struct WordBit {
  std::string_view word;
  std::uint64_t bits;
};
using AttrIndex = std::array<std::vector<WordBit>, 256>;

const AttrIndex& attr_index() {
  static const AttrIndex index = [] {
    AttrIndex ix;
    for (std::size_t k = 0; k < kAttrBitCount; ++k)
      for (std::string_view w : kAttrBits[k].words) {
        if (w.empty()) continue;
        auto& slot = ix[static_cast<unsigned char>(w[0])];
        auto same = std::find_if(slot.begin(), slot.end(), [&](const WordBit& e) { return e.word == w; });
        if (same != slot.end()) same->bits |= std::uint64_t{1} << k;
        else slot.push_back({w, std::uint64_t{1} << k});
      }
    return ix;
  }();
  return index;
}

// The groups of kAttrBits any of whose words occurs in `hay` (lower-cased).
std::uint64_t attr_bits(std::string_view hay) {
  const AttrIndex& ix = attr_index();
  std::uint64_t found = 0;
  for (std::size_t i = 0; i < hay.size(); ++i)
    for (const WordBit& e : ix[static_cast<unsigned char>(hay[i])])
      if ((e.bits & ~found) && hay.size() - i >= e.word.size() && hay[i + e.word.size() - 1] == e.word.back() &&
          hay.compare(i, e.word.size(), e.word) == 0)
        found |= e.bits;
  return found;
}

void append_lower(std::string& out, std::string_view s) {
  for (char c : s) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Per node: the attribute and tag bits of the node and all its ancestors (parents come first).
std::vector<std::uint64_t> ancestor_bits(const dom::Tree& tree) {
  std::vector<std::uint64_t> bits(tree.nodes.size(), 0);
  std::string attrs;
  for (NodeId id = 0; id < tree.nodes.size(); ++id) {
    const dom::Node& n = tree.nodes[id];
    std::uint64_t b = (n.parent != kNone && n.parent < id) ? bits[n.parent] : 0;
    if (n.type == dom::Node::Type::Element) {
      attrs.clear();
      for (std::string_view part : {n.classes, n.id, n.role, n.extra}) {
        append_lower(attrs, part);
        attrs += ' ';
      }
      attrs.pop_back();
      if (attrs.size() > 3) b |= attr_bits(attrs);
      for (std::size_t k = 0; k < kTagBitCount; ++k)
        if (n.tag == kTagBits[k]) b |= std::uint64_t{1} << (kAttrBitCount + k);
    }
    bits[id] = b;
  }
  return bits;
}

// Per node: how many element siblings share its tag and class (a repeated card, post or row).
std::vector<std::uint32_t> same_siblings(const dom::Tree& tree) {
  std::vector<std::uint32_t> same(tree.nodes.size(), 0);
  for (const dom::Node& p : tree.nodes) {
    if (p.children.size() < 2 || p.children.size() > 4096) continue;
    for (NodeId c : p.children) {
      const dom::Node& a = tree.nodes[c];
      if (a.type != dom::Node::Type::Element) continue;
      std::uint32_t k = 0;
      for (NodeId d : p.children) {
        const dom::Node& b = tree.nodes[d];
        if (d != c && b.type == dom::Node::Type::Element && b.tag == a.tag && b.classes == a.classes) ++k;
      }
      same[c] = k;
    }
  }
  return same;
}

struct PageSums {
  double chars = 0, link_heavy = 0, rule_content = 0, region = 0, paragraphs = 0, headings = 0, list = 0,
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
    if (b.chars >= 80 && b.link_density() < 0.3) s.paragraphs += 1;
    if (b.heading) s.headings += 1;
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
        "after_region", "position", "text_position", "prev_chars", "next_chars", "prev_ld", "next_ld",
        "prev_content", "next_content", "prev_stop", "next_stop", "window_content", "window_ld", "parent_share",
        "parent_ld", "grand_share", "grand_ld", "depth", "tag", "same_siblings", "parent_same_siblings",
        "grand_same_siblings", "p_blocks", "p_chars", "p_link_heavy", "p_rule_content", "p_region",
        "p_paragraphs", "p_headings", "p_list", "p_table", "p_form", "p_stop", "p_rule_type", "p_lang_known",
        "p_url_depth", "p_mean_depth", "rule_named", "b_we", "b_you", "b_site", "b_act", "blurb"};
    for (const auto& a : kAttrBits) n.push_back(a.name);
    for (auto t : kTagBits) {
      static std::vector<std::string> keep;  // "t_main"... live as long as the table
      keep.reserve(kTagBitCount);
      keep.push_back("t_" + std::string(t));
      n.push_back(keep.back());
    }
    for (const auto& u : kUrlBits) n.push_back(u.name);
    return n;
  }();
  return names;
}

}  // namespace

const std::vector<std::string_view>& feature_names() { return names_table(); }

std::vector<double> block_features(const RuleView& v) {
  const std::size_t n = v.bl.size(), cols = names_table().size();
  std::vector<double> out;
  out.reserve(n * cols);
  const dom::Tree& tree = v.tree;
  const std::vector<std::uint64_t> bits = ancestor_bits(tree);
  const std::vector<std::uint32_t> same = same_siblings(tree);
  const PageSums ps = page_sums(v);
  std::vector<int> depth(n, 0);
  double depth_sum = 0;
  for (std::size_t i = 0; i < n; ++i) depth_sum += depth[i] = v.bl[i].node == kNone ? 0 : depth_of(tree, v.bl[i].node);
  const std::string url = lower(v.url);
  std::string_view path = url;
  if (auto s = path.find("://"); s != std::string_view::npos) path.remove_prefix(s + 3);
  path = path.substr(std::min(path.size(), path.find('/')));
  double url_depth = static_cast<double>(std::count(path.begin(), path.end(), '/'));
  if (path.size() > 1 && path.back() == '/') url_depth -= 1;

  auto node_ratio = [&](NodeId id, double& share, double& ld) {
    share = ld = 0;
    if (id == kNone || id >= tree.nodes.size()) return;
    share = ratio(v.sub_chars[id], ps.chars);
    ld = ratio(v.sub_links[id], v.sub_chars[id]);
  };
  auto parent = [&](NodeId id) { return id == kNone || id >= tree.nodes.size() ? kNone : tree.nodes[id].parent; };
  auto content = [&](std::size_t j) { return v.verdicts[j].label == Label::Content ? 1.0 : 0.0; };
  double before_chars = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& b = v.bl[i];
    const TextStats& t = v.stats[i];
    auto put = [&](double x) { out.push_back(x); };
    put(b.chars); put(t.words); put(b.link_density()); put(b.heading); put(b.in_list); put(b.in_table);
    put(b.in_form); put(b.in_quote); put(b.in_figure); put(b.in_pre); put(b.in_time); put(t.stop_density());
    put(t.ends_sentence); put(ratio(t.commas, t.words)); put(t.sentences); put(ratio(t.digits, t.words));
    put(ratio(t.upper_initial, t.words)); put(ratio(t.cjk, t.words));
    put(content(i)); put(static_cast<double>(v.verdicts[i].kind)); put(v.verdicts[i].headline); put(v.in_region[i]);
    put(ps.first_region < n && i < ps.first_region); put(ps.first_region < n && i > ps.last_region);
    put(ratio(static_cast<double>(i), static_cast<double>(n))); put(ratio(before_chars, ps.chars));
    before_chars += b.chars;
    const bool hp = i > 0, hn = i + 1 < n;
    put(hp ? v.bl[i - 1].chars : 0); put(hn ? v.bl[i + 1].chars : 0);
    put(hp ? v.bl[i - 1].link_density() : 0); put(hn ? v.bl[i + 1].link_density() : 0);
    put(hp ? content(i - 1) : 0); put(hn ? content(i + 1) : 0);
    put(hp ? v.stats[i - 1].stop_density() : 0); put(hn ? v.stats[i + 1].stop_density() : 0);
    double wc = 0, wt = 0, wl = 0;
    for (std::size_t j = i >= 3 ? i - 3 : 0; j < n && j <= i + 3; ++j) {
      wt += v.bl[j].chars;
      wc += content(j) * v.bl[j].chars;
      wl += v.bl[j].link_chars;
    }
    put(ratio(wc, wt)); put(ratio(wl, wt));
    NodeId p = parent(b.node), g = parent(p);
    double sh, ld;
    node_ratio(p, sh, ld); put(sh); put(ld);
    node_ratio(g, sh, ld); put(sh); put(ld);
    put(depth[i]);
    put(b.node != kNone && b.node < tree.nodes.size() ? tag_code(tree.nodes[b.node].tag) : 0);
    put(b.node != kNone && b.node < tree.nodes.size() ? same[b.node] : 0);
    put(p != kNone ? same[p] : 0); put(g != kNone ? same[g] : 0);
    put(static_cast<double>(n)); put(ps.chars); put(ratio(ps.link_heavy, ps.chars));
    put(ratio(ps.rule_content, ps.chars)); put(ratio(ps.region, ps.chars)); put(ps.paragraphs); put(ps.headings);
    put(ratio(ps.list, ps.chars)); put(ratio(ps.table, ps.chars)); put(ratio(ps.form, ps.chars));
    put(ratio(ps.stop, ps.words)); put(static_cast<double>(v.rule_type)); put(v.lang >= 0); put(url_depth);
    put(ratio(depth_sum, static_cast<double>(n)));
    put(v.verdicts[i].named);
    const BlurbWords bw = b.chars <= settings::kBlurbMaxChars * 2 ? blurb_words(fold(b.text)) : BlurbWords{};
    put(ratio(bw.we, bw.words)); put(ratio(bw.you, bw.words)); put(ratio(bw.site, bw.words));
    put(ratio(bw.act, bw.words)); put(is_blurb(bw, b.chars));
    const std::uint64_t nb = b.node != kNone && b.node < tree.nodes.size() ? bits[b.node] : 0;
    for (std::size_t k = 0; k < kAttrBitCount + kTagBitCount; ++k) put((nb >> k) & 1u);
    for (const auto& u : kUrlBits) put(any_of_words(path, u.words));
  }
  return out;
}

}  // namespace winnow::classify
