// The structural classifier for HTML pages and snapshots.
//  1. Find the article region: Readability's candidate scoring, on blocks. Each prose block
//     credits the containers above it; the best container (and siblings that score close to
//     it) is the region. Blocks under unlikely containers (negative class tokens) are left
//     out of the scoring unless that leaves too little text.
//  2. Judge every block: outside the region it is chrome (its kind from the nearest telling
//     container, its link density or its words); inside, boilerplate that sits in the article
//     is still caught (containers marked share/newsletter/related inside the region, section
//     labels and the lists under them, site blurbs, link lists, by-lines, the headline, and
//     short non-prose at the region's edges).
//  3. Page type from what remains.
//  4. The learned model (learned.h) reads all of the above and has the last word.
#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "classify/learned.h"
#include "classify/settings.h"
#include "common/substring.h"
#include "classify/signals.h"
#include "classify/text_stats.h"
#include "winnow/classify.h"

namespace winnow::classify {
namespace {

using dom::NodeId;
using dom::kNone;
namespace S = settings;

struct Sig {
  bool done = false;
  bool negative = false;
  bool positive = false;
  bool weak = false;
  Kind kind = Kind::Other;
};

struct Ctx {
  const dom::Tree& tree;
  const std::vector<blocks::Block>& bl;
  int lang = -1;
  std::vector<TextStats> st;       // word statistics, computed on first use (most blocks of a
  std::vector<char> st_done;       // page are chrome outside the region and never need them)
  std::vector<WordCounts> words;   // word counts per block, shared with language detection
  std::vector<std::uint32_t> commas;
  const TextStats& stats(std::size_t i) {
    if (!st_done[i]) {
      if (!words[i].done) count_words(bl[i].text, words[i]);
      st[i] = text_stats(bl[i].text, lang, words[i]);
      st_done[i] = 1;
    }
    return st[i];
  }
  std::vector<Sig> sig;
  std::vector<double> sub_chars, sub_links;  // per node: text and link text below it
  std::vector<double> score;
  std::vector<char> scored;
  std::vector<NodeId> candidates;

  Ctx(const dom::Tree& t, const std::vector<blocks::Block>& b) : tree(t), bl(b) {}

  const Sig& signal(NodeId id) {
    Sig& s = sig[id];
    if (!s.done) {
      s.done = true;
      const dom::Node& n = tree.nodes[id];
      if (n.type == dom::Node::Type::Element && n.tag != "html" && n.tag != "body") {
        NodeSignal ns = node_signal(n);
        s.negative = ns.negative && !ns.positive;
        s.positive = ns.positive;
        s.kind = ns.kind;
        s.weak = ns.weak;
      }
    }
    return s;
  }

  // The full signal (with its reason text) of a node, built once per node.
  const NodeSignal& full_signal(NodeId id) {
    auto it = full.find(id);
    if (it == full.end()) it = full.emplace(id, node_signal(tree.nodes[id])).first;
    return it->second;
  }
  std::unordered_map<NodeId, NodeSignal> full;

  NodeId parent(NodeId id) const { return id < tree.nodes.size() ? tree.nodes[id].parent : kNone; }

  // Nearest negative ancestor-or-self of `id`, stopping at (not including) `stop`s ancestors
  // chain: a container holding the whole region is never taken as chrome.
  NodeId negative_ancestor(NodeId id, const std::vector<char>& holds_region) {
    // memoised per node, one memo per mode (with or without the region known)
    constexpr NodeId kUnknown = kNone - 1;
    std::vector<NodeId>& memo = holds_region.empty() ? neg_plain : neg_region;
    if (memo.empty()) memo.assign(tree.nodes.size(), kUnknown);
    path.clear();
    NodeId result = kNone;
    for (NodeId cur = id; cur != kNone && cur != 0; cur = parent(cur)) {
      if (memo[cur] != kUnknown) {
        result = memo[cur];
        break;
      }
      if (!holds_region.empty() && holds_region[cur]) {
        result = kNone;
        memo[cur] = kNone;
        break;
      }
      if (signal(cur).negative) {
        result = cur;
        memo[cur] = cur;
        break;
      }
      path.push_back(cur);
    }
    for (NodeId p : path) memo[p] = result;
    return result;
  }
  std::vector<NodeId> neg_plain, neg_region, path;

  std::vector<signed char> para_memo;  // -1 unknown, 0 / 1
  bool paragraph_like(NodeId id) {
    if (para_memo[id] >= 0) return para_memo[id] != 0;
    para_memo[id] = 0;
    const dom::Node& n = tree.nodes[id];
    for (NodeId c : n.children) {
      const dom::Node& k = tree.nodes[c];
      if (k.type == dom::Node::Type::Element && !k.hidden && blocks::is_block_tag(k.tag)) return false;
    }
    para_memo[id] = 1;
    return true;
  }

  double tag_base(NodeId id) const {
    std::string_view t = tree.nodes[id].tag;
    if (t == "div") return 5;
    if (t == "article") return 10;
    if (t == "main") return 5;
    if (t == "pre" || t == "td" || t == "blockquote") return 3;
    if (t == "address" || t == "ol" || t == "ul" || t == "dl" || t == "dd" || t == "dt" || t == "li" ||
        t == "form")
      return -3;
    if ((t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6') || t == "th") return -5;
    return 0;
  }

  void init_node(NodeId id) {
    if (scored[id]) return;
    scored[id] = 1;
    const Sig& s = signal(id);
    double w = 0;
    if (s.positive) w += S::kClassWeight;
    if (s.negative) w -= S::kClassWeight;
    score[id] = tag_base(id) + w;
    candidates.push_back(id);
  }

  // One scoring pass; returns the top candidate or kNone.
  NodeId grab(bool skip_unlikely) {
    std::fill(score.begin(), score.end(), 0.0);
    std::fill(scored.begin(), scored.end(), 0);
    candidates.clear();
    static const std::vector<char> none;
    for (std::size_t i = 0; i < bl.size(); ++i) {
      const auto& b = bl[i];
      if (b.chars < S::kMinParagraphChars || b.heading || b.in_form) continue;
      if (b.node == kNone || b.node == 0) continue;
      if (skip_unlikely && negative_ancestor(b.node, none) != kNone) continue;
      double cs = 1.0 + commas[i] + std::min(b.chars / 100.0, 3.0);
      NodeId start = paragraph_like(b.node) ? parent(b.node) : b.node;
      NodeId cur = start;
      for (int level = 0; level < S::kAncestorLevels && cur != kNone && cur != 0; ++level) {
        init_node(cur);
        double div = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        score[cur] += cs / div;
        cur = parent(cur);
      }
    }
    NodeId top = kNone;
    double best = -1e9;
    for (NodeId c : candidates) {
      double ld = sub_chars[c] > 0 ? sub_links[c] / sub_chars[c] : 0.0;
      score[c] *= (1.0 - ld);
      if (score[c] > best) {
        best = score[c];
        top = c;
      }
    }
    return top;
  }

  // Readability's refinements: several near-best candidates under one ancestor mean the
  // article is that ancestor; a parent scoring better than its child wins; a lone child
  // stands for its parent.
  NodeId refine(NodeId top) {
    std::vector<NodeId> alts;
    for (NodeId c : candidates)
      if (c != top && score[c] >= S::kAlternativeRatio * score[top]) alts.push_back(c);
    if (static_cast<int>(alts.size()) >= S::kMinAlternatives) {
      for (NodeId p = parent(top); p != kNone && p != 0; p = parent(p)) {
        int contained = 0;
        for (NodeId a : alts) {
          for (NodeId q = a; q != kNone; q = parent(q))
            if (q == p) { ++contained; break; }
        }
        if (contained >= S::kMinAlternatives) {
          top = p;
          break;
        }
        if (tree.nodes[p].tag == "body") break;
      }
    }
    double last = score[top];
    double threshold = last / 3.0;
    for (NodeId p = parent(top); p != kNone && p != 0 && tree.nodes[p].tag != "body"; p = parent(p)) {
      if (!scored[p]) continue;
      if (score[p] < threshold) break;
      if (score[p] > last) {
        top = p;
        break;
      }
      last = score[p];
    }
    for (NodeId p = parent(top); p != kNone && p != 0 && tree.nodes[p].tag != "body"; p = parent(p)) {
      std::size_t elements = 0;
      for (NodeId c : tree.nodes[p].children)
        if (tree.nodes[c].type == dom::Node::Type::Element) ++elements;
      if (elements != 1) break;
      top = p;
    }
    return top;
  }
};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Short, no sentence, not a table cell: what a by-line looks like before its words are read.
bool byline_sized(const blocks::Block& b, const TextStats& t) {
  return b.chars <= S::kBylineMaxChars && !t.ends_sentence && !b.in_table;
}

// "By Jane Doe", "Posted on May 3, 2024 by ...": a line that opens as a by-line does.
bool opens_like_byline(std::string_view folded, const blocks::Block& b, const TextStats& t) {
  if (!byline_sized(b, t)) return false;
  static constexpr std::string_view kBy[] = {"by ", "von ", "par ", "por ", "di ", "door ", "av ", "автор", "written by",
                                             "posted by", "posted on", "published", "updated", "last updated",
                                             "veröffentlicht", "aktualisiert", "publié", "mis à jour", "publicado"};
  for (auto p : kBy)
    if (starts_with(folded, p) && t.words <= 20) return true;
  return false;
}

bool looks_like_byline(std::string_view folded, const blocks::Block& b, const TextStats& t) {
  return opens_like_byline(folded, b, t) ||
         (byline_sized(b, t) && t.words <= 10 && t.stopwords <= 2 && has_date(folded));
}

// A block that repeats most of the page title (folded both): a headline, where a site's name,
// which the title holds too, is a short part of it.
bool holds_most_of_title(std::string_view folded, std::string_view folded_title) {
  return !folded_title.empty() && folded.size() * 2 >= folded_title.size() && contains(folded_title, folded);
}

// The folded title the blocks are matched against: its first kTitleMatchMaxBytes, whole
// characters (the matching is linear, this bounds how often a page can make it pay).
std::string title_for_matching(std::string_view title) {
  std::string folded = fold(title);
  if (folded.size() <= S::kTitleMatchMaxBytes) return folded;
  std::size_t cut = S::kTitleMatchMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(folded[cut]) & 0xC0) == 0x80) --cut;
  folded.resize(cut);
  return folded;
}

constexpr const char* kHeadlineWhy = "the headline (repeats the page title)";

// A block its place made chrome of a general sort (a menu, a sidebar, outside the article, the
// article's edges) takes a kind from its own words when they name one: the footer's "Privacy
// policy" is legal, "WhatsApp" under the article share, "Posted on May 3 by ..." a by-line.
// (A bare date is left alone: out there it dates a teaser or says "since 1901".)
void name_chrome(Verdict& v, Ctx& c, std::size_t i) {
  const blocks::Block& b = c.bl[i];
  if (v.kind != Kind::Navigation && v.kind != Kind::Related && v.kind != Kind::Other) return;
  if (b.chars > S::kChromeWordsMaxChars) return;
  thread_local std::string folded;
  fold_into(b.text, folded);
  auto names = [](const PhraseHit& h) { return h.hit && h.kind != Kind::Other && h.strength != S::Strength::Weak; };
  ChromeWordsHit cw = match_chrome_words(folded, b.chars);
  PhraseHit h = cw.words;
  if (!names(h)) h = match_label(folded);
  const bool links = b.link_density() > S::kMaxLinkDensity;
  // a row of links to "Privacy", "Cookie policy", "Terms" is the legal footer, not a cookie prompt
  if (!names(h) && links) h = cw.legal_menu;
  // the phrases that name chrome ("all rights reserved", "delivered to your inbox") are words apart
  if (!names(h) && !links && folded.find(' ') != std::string::npos) h = match_prose(folded, b.chars);
  if (!names(h)) h = cw.legal_menu;
  if (names(h)) {
    // "Email" beside a text box asks for an address: a sign-up form, not a share button
    v.kind = h.kind == Kind::Share && b.in_form ? Kind::Subscribe : h.kind;
    v.reason += ", says \"" + h.phrase + "\"";
    v.named = true;
  } else if (v.kind == Kind::Other && opens_like_byline(folded, b, c.stats(i))) {
    v.kind = Kind::Byline;
    v.reason += ", a by-line or date line";
  }
}

}  // namespace

Result classify_page(const dom::Tree& tree, const std::vector<blocks::Block>& bl, std::string_view url,
                     FeatureRows* dump) {
  Result r;
  r.verdicts.resize(bl.size());
  std::vector<WordCounts> words(bl.size());
  r.lang = detect_language(bl, tree.lang, words);
  if (bl.empty()) return r;
  const int li = language_index(r.lang);
  const std::size_t N = tree.nodes.size();

  Ctx c(tree, bl);
  c.words = std::move(words);
  c.lang = li;
  c.st.assign(bl.size(), TextStats{});
  c.st_done.assign(bl.size(), 0);
  c.commas.reserve(bl.size());
  for (const auto& b : bl) c.commas.push_back(count_commas(b.text));
  c.sig.assign(N, Sig{});
  c.sub_chars.assign(N, 0.0);
  c.sub_links.assign(N, 0.0);
  c.score.assign(N, 0.0);
  c.scored.assign(N, 0);
  c.para_memo.assign(N, -1);
  // text below each node: own blocks first, then one pass from the last node up (both adapters
  // store parents before children), so deep nesting costs nothing extra
  for (const auto& b : bl)
    if (b.node != kNone && b.node < N) {
      c.sub_chars[b.node] += b.chars;
      c.sub_links[b.node] += b.link_chars;
    }
  for (NodeId id = static_cast<NodeId>(N); id-- > 1;) {
    NodeId p = tree.nodes[id].parent;
    if (p != kNone && p < id) {
      c.sub_chars[p] += c.sub_chars[id];
      c.sub_links[p] += c.sub_links[id];
    }
  }

  // 1. the article region
  NodeId top = c.grab(true);
  if (top == kNone || c.sub_chars[top] < S::kMinArticleChars) {
    NodeId again = c.grab(false);
    if (again != kNone && (top == kNone || c.sub_chars[again] > c.sub_chars[top])) top = again;
    else if (top != kNone) c.grab(true);
  }
  std::vector<char> region(N, 0), holds_region(N, 0);
  NodeId par_region_top = top;
  if (top != kNone) {
    top = c.refine(top);
    NodeId par = c.parent(top);
    double threshold = std::max(S::kMinSiblingScore, c.score[top] * S::kSiblingThreshold);
    std::string_view top_class = tree.nodes[top].classes;
    if (par != kNone) {
      for (NodeId sib : tree.nodes[par].children) {
        const dom::Node& sn = tree.nodes[sib];
        if (sn.type != dom::Node::Type::Element || sn.hidden) continue;
        bool join = sib == top;
        if (!join && c.scored[sib]) {
          double bonus = (!top_class.empty() && sn.classes == top_class) ? c.score[top] * 0.2 : 0.0;
          join = c.score[sib] + bonus >= threshold && !c.signal(sib).negative;
        }
        if (!join && sn.tag == "p" && c.sub_chars[sib] > 0) {
          double ld = c.sub_links[sib] / c.sub_chars[sib];
          join = (c.sub_chars[sib] > 80 && ld < 0.25);
        }
        if (join) region[sib] = 1;
      }
    }
    region[top] = 1;
    for (NodeId id = 0; id < N; ++id)
      if (region[id])
        for (NodeId p = id; p != kNone; p = c.parent(p)) holds_region[p] = 1;
    // inherit: nodes are stored parents-first by both adapters
    for (NodeId id = 1; id < N; ++id) {
      NodeId p = tree.nodes[id].parent;
      if (p != kNone && p < id && region[p]) region[id] = 1;
    }
  }

  double region_chars = 0;
  if (par_region_top != kNone)
    for (NodeId id = 0; id < N; ++id)
      if (region[id] && (tree.nodes[id].parent == kNone || !region[tree.nodes[id].parent])) region_chars += c.sub_chars[id];

  // 2. judge the blocks
  std::string folded_title = title_for_matching(tree.title);
  bool headline_seen = false;
  constexpr std::size_t kNoBlock = static_cast<std::size_t>(-1);
  std::size_t outside_headline = kNoBlock;
  bool seen_prose = false;
  std::vector<char> in_region(bl.size(), 0);
  for (std::size_t i = 0; i < bl.size(); ++i) in_region[i] = bl[i].node != kNone && region[bl[i].node];

  Kind list_kind = Kind::Other;
  bool in_labelled_list = false;
  for (std::size_t i = 0; i < bl.size(); ++i) {
    const auto& b = bl[i];
    Verdict& v = r.verdicts[i];
    double ld = b.link_density();
    auto mark = [&](Kind k, std::string why) {
      v.label = Label::Boilerplate;
      v.kind = k;
      v.reason = std::move(why);
    };
    if (!in_region[i]) {
      in_labelled_list = false;
      // The headline often stands above the article's container: the first heading there that
      // names most of the title (a site's name in its header names a short part of it) is the
      // headline when the article's own blocks hold none (decided after the loop).
      if (outside_headline == kNoBlock && !headline_seen && !seen_prose && b.heading && b.heading <= 2 &&
          !b.in_list && b.chars >= 10 && holds_most_of_title(fold(b.text), folded_title))
        outside_headline = i;
      NodeId neg = c.negative_ancestor(b.node, holds_region);
      if (neg != kNone) {
        const NodeSignal& ns = c.full_signal(neg);
        mark(ns.kind, "outside the article, in " + ns.why);
      } else if (ld > S::kMaxLinkDensity) {
        mark(b.in_list || b.chars < S::kShortBlockChars ? Kind::Navigation : Kind::Related,
             "outside the article, mostly links");
      } else {
        mark(Kind::Other, "outside the article region");
      }
      name_chrome(v, c, i);
      continue;
    }
    const TextStats& t = c.stats(i);
    bool prose = b.chars >= S::kGoodParagraphChars && (t.stop_density() >= S::kGoodMinStopDensity || t.cjk * 2 > t.words) &&
                 ld < 0.3;
    std::string folded = fold(b.text);
    // the headline (repeats the page title): not article text. Div soup has no heading tags:
    // there it is a block before the article's prose that opens the title and holds most of it.
    auto is_headline = [&] {
      if (headline_seen || b.chars < 10 || folded_title.empty()) return false;
      if (b.heading) return b.heading <= 2 && contains(folded_title, folded);
      return !seen_prose && holds_most_of_title(folded, folded_title) && folded_title.rfind(folded, 0) == 0;
    };
    if (is_headline()) {
      headline_seen = true;
      mark(Kind::Other, kHeadlineWhy);
      v.headline = true;
      continue;
    }
    if (b.in_figure) {
      mark(Kind::Other, "an image caption");
      continue;
    }
    if (!headline_seen && b.heading == 1 && !seen_prose) {
      headline_seen = true;
      mark(Kind::Other, "the headline (not article text)");
      v.headline = true;
      continue;
    }
    if (prose) seen_prose = true;
    NodeId neg = c.negative_ancestor(b.node, holds_region);
    if (neg != kNone) {
      const Sig& ns = c.signal(neg);
      double share = region_chars > 0 ? c.sub_chars[neg] / region_chars : 1.0;
      double nld = c.sub_chars[neg] > 0 ? c.sub_links[neg] / c.sub_chars[neg] : 0.0;
      double max_share = ns.weak ? S::kWeakTokenMaxShare : ns.kind == Kind::Comment ? 2.0 : S::kStrongTokenMaxShare;
      if (share > max_share && nld < S::kMaxLinkDensity) neg = kNone;
      // quoted embeds (tweets, posts) carry social class names but are quoted article text
      else if (b.in_quote && (ns.kind == Kind::Share || ns.kind == Kind::Byline || ns.weak)) neg = kNone;
      // a loose token or an ad class around a real paragraph: the words win
      else if ((ns.weak || ns.kind == Kind::Advertising) && prose && t.ends_sentence) neg = kNone;
    }
    if (neg != kNone) {
      const NodeSignal& ns = c.full_signal(neg);
      mark(ns.kind, "inside the article but in " + ns.why);
      continue;
    }
    PhraseHit label = match_label(folded);
    if (label.hit) {
      mark(label.kind, "a section label (\"" + label.phrase + "\")");
      v.named = true;
      list_kind = label.kind;
      // a list follows "Related" / "Featured Posts" / "Table of Contents"; an ad label or a
      // "Share" label stands alone
      in_labelled_list = label.kind == Kind::Related || label.kind == Kind::Navigation;
      continue;
    }
    if (in_labelled_list) {
      if (prose && !b.in_list) {
        in_labelled_list = false;
      } else {
        mark(list_kind, "listed under a section label");
        v.named = true;
        continue;
      }
    }
    PhraseHit ph = match_prose(folded, b.chars);
    if (ph.hit) {
      mark(ph.kind, "says \"" + ph.phrase + "\"");
      v.named = true;
      continue;
    }
    if (ld > S::kMaxLinkDensity &&
        !(b.chars >= S::kProseMinChars && ld <= S::kProseMaxLinkDensity && t.stop_density() >= S::kProseMinStopDensity)) {
      mark(b.in_list ? Kind::Related : Kind::Navigation, "mostly link text");
      continue;
    }
    if (b.in_form) {
      mark(Kind::Other, "a form control");
      continue;
    }
    if (looks_like_byline(folded, b, t)) {
      mark(Kind::Byline, "a by-line or date line");
      continue;
    }
    v.reason = prose ? "article paragraph" : "in the article region";
  }

  // edges: short non-prose before the first and after the last article paragraph
  std::size_t first = bl.size(), last = 0;
  for (std::size_t i = 0; i < bl.size(); ++i) {
    const auto& b = bl[i];
    if (r.verdicts[i].label != Label::Content || !in_region[i]) continue;
    const TextStats& t = c.stats(i);
    bool good = b.chars >= S::kGoodParagraphChars && b.link_density() < 0.3 && !b.heading &&
                (t.stop_density() >= S::kGoodMinStopDensity || t.cjk * 2 > t.words || li < 0);
    if (good) {
      first = std::min(first, i);
      last = std::max(last, i);
    }
  }
  if (first < bl.size()) {
    for (std::size_t i = 0; i < bl.size(); ++i) {
      if (r.verdicts[i].label != Label::Content || (i >= first && i <= last)) continue;
      const auto& b = bl[i];
      if (b.chars < S::kShortBlockChars && !c.stats(i).ends_sentence) {
        r.verdicts[i].label = Label::Boilerplate;
        r.verdicts[i].kind = Kind::Other;
        r.verdicts[i].reason = i < first ? "short text before the article's first paragraph"
                                         : "short text after the article's last paragraph";
        name_chrome(r.verdicts[i], c, i);
      }
    }
    // prose stranded between article paragraphs but outside the region's container
    for (std::size_t i = first + 1; i < last; ++i) {
      if (in_region[i] || r.verdicts[i].label == Label::Content) continue;
      const auto& b = bl[i];
      const TextStats& t = c.stats(i);
      if (b.chars >= S::kGoodParagraphChars && b.link_density() < 0.3 &&
          t.stop_density() >= S::kGoodMinStopDensity && r.verdicts[i].reason == "outside the article region") {
        r.verdicts[i] = Verdict{Label::Content, Kind::Article, "prose between article paragraphs"};
      }
    }
  }

  // contiguity: prose right before the region, with nothing but small things between, is the
  // article's lead that the container missed (a standfirst in <header>, a split body).
  {
    std::size_t fr = bl.size(), lr = 0;
    for (std::size_t i = 0; i < bl.size(); ++i)
      if (in_region[i] && r.verdicts[i].label == Label::Content) {
        fr = std::min(fr, i);
        lr = std::max(lr, i);
      }
    auto good_outside = [&](std::size_t j) {
      const auto& b = bl[j];
      const TextStats& t = c.stats(j);
      return b.chars >= S::kGoodParagraphChars && b.link_density() < 0.3 && !b.in_figure && !b.in_form &&
             (t.stop_density() >= S::kGoodMinStopDensity || t.cjk * 2 > t.words) &&
             (t.ends_sentence || b.chars > 150);
    };
    auto blocked = [&](std::size_t j) {
      NodeId neg = c.negative_ancestor(bl[j].node, holds_region);
      if (neg == kNone) return false;
      const Sig& ns = c.signal(neg);
      if (ns.weak || tree.nodes[neg].tag == "header") return false;
      return !(ns.kind == Kind::Byline || ns.kind == Kind::Legal || ns.kind == Kind::Other);
    };
    // Walk back over a gap of small things (by-lines, captions, embeds' stubs) to prose; a
    // couple of short link lines may sit in the gap (an embed's "manage settings"). Only
    // backwards: after the article come author bios, disclosures and teasers, which read like
    // prose too.
    auto is_ad = [&](std::size_t j) {
      NodeId neg = c.negative_ancestor(bl[j].node, holds_region);
      if (neg != kNone && c.signal(neg).kind == Kind::Advertising) return true;
      PhraseHit h = match_label(fold(bl[j].text));
      return h.hit && h.kind == Kind::Advertising;
    };
    auto extend = [&](std::size_t j, int step, int max_links, bool need_ad, const char* why) {
      unsigned gap_chars = 0, gap_blocks = 0;
      int gap_links = 0;
      bool saw_ad = false;
      for (; j < bl.size(); j = static_cast<std::size_t>(static_cast<long>(j) + step)) {
        if (in_region[j]) continue;
        if (is_ad(j)) {
          saw_ad = true;
          if (++gap_blocks > S::kMaxGapBlocks) break;
          continue;
        }
        if (blocked(j)) break;
        if (good_outside(j) && !match_prose(fold(bl[j].text), bl[j].chars).hit) {
          if (need_ad && !saw_ad) break;
          r.verdicts[j] = Verdict{Label::Content, Kind::Article, why};
          gap_chars = gap_blocks = 0;
          gap_links = 0;
          continue;
        }
        if (bl[j].link_density() >= 0.5 && (++gap_links > max_links || bl[j].chars >= S::kShortBlockChars)) break;
        gap_chars += bl[j].chars;
        if (++gap_blocks > S::kMaxGapBlocks || gap_chars > S::kMaxGapChars) break;
      }
    };
    if (fr < bl.size()) {
      if (fr > 0) extend(fr - 1, -1, 2, false, "the article's lead, next to its region");
      // after the region only across an ad slot: an ad that broke the article's container
      // (author bios and disclosures that follow an article read like prose too)
      extend(lr + 1, +1, 0, true, "the article's continuation after an ad slot");
    }
  }

  // the headline above the article's container (see the judging loop), when the article held none
  if (!headline_seen && outside_headline != kNoBlock && r.verdicts[outside_headline].label == Label::Boilerplate)
    r.verdicts[outside_headline] = Verdict{Label::Boilerplate, Kind::Other, kHeadlineWhy, true};

  // 3. page type. A listing (home page, "latest posts" index) alternates linked teaser titles
  // with short excerpts and has no run of article paragraphs; an article has such a run even
  // when related-story teasers sit in its container.
  unsigned content_chars = 0, paragraphs = 0, link_blocks = 0, teasers = 0, run = 0, max_run = 0;
  for (std::size_t i = 0; i < bl.size(); ++i) {
    const auto& b = bl[i];
    if (b.link_density() > 0.5 && b.chars >= 20) ++link_blocks;
    if (in_region[i] && b.link_density() > 0.8 && b.chars >= 20 && b.chars <= 200) {
      for (std::size_t k = i + 1; k < bl.size() && k <= i + 2; ++k)
        if (bl[k].chars >= S::kTeaserExcerptChars && bl[k].link_density() < 0.3) {
          ++teasers;
          break;
        }
    }
    bool para = r.verdicts[i].label == Label::Content && b.chars >= S::kGoodParagraphChars;
    if (para) max_run = std::max(max_run, ++run);
    else if (r.verdicts[i].label != Label::Content || b.link_density() > 0.5) run = 0;
    if (r.verdicts[i].label != Label::Content) continue;
    content_chars += b.chars;
    if (para) ++paragraphs;
  }
  bool no_run = max_run < S::kArticleMinRun;
  if ((teasers >= S::kListingMinTeasers && no_run) ||
      (content_chars < S::kArticleMinChars && link_blocks >= S::kListingMinLinkBlocks))
    r.type = PageType::Listing;
  else if (content_chars >= S::kArticleMinChars && paragraphs >= S::kArticleMinParagraphs)
    r.type = PageType::Article;
  else
    r.type = PageType::Other;

  // 4. the learned model over what the rules found
  std::vector<TextStats> stats(bl.size());
  for (std::size_t i = 0; i < bl.size(); ++i) stats[i] = c.stats(i);
  apply_learned(RuleView{tree, bl, r.verdicts, in_region, stats, c.sub_chars, c.sub_links, r.type, li, url}, r, dump);
  return r;
}

}  // namespace winnow::classify
