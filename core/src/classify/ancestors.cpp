// Attribute and tag bits above the blocks (ancestors.h).
#include "classify/ancestors.h"

#include <algorithm>
#include <array>
#include <bit>
#include <string>

#include "common/fold.h"
#include "common/hash.h"
#include "common/pair_index.h"

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
constexpr bool attr_words_span_two_bytes() {
  for (std::size_t k = 0; k < kAttrBitCount; ++k)
    for (std::size_t j = 0; j < kAttrBits[k].words.size(); ++j)
      if (kAttrBits[k].words[j].size() == 1) return false;
  return true;
}
static_assert(attr_words_span_two_bytes(), "attr_bits() finds words by their first two bytes");

// Tags whose presence above a block matters.
constexpr std::string_view kTagBits[] = {"main", "article", "nav", "header", "footer", "aside", "form",
                                         "ul", "ol", "table", "section", "dl"};
constexpr std::size_t kTagBitCount = std::size(kTagBits);

// The attribute words by their first two bytes, each with the bits of the groups it belongs
// to, so that one pass over an element's attributes finds every group (a substring search per
// word per element was the largest cost of the whole analysis), and most positions, whose two
// bytes start no word, are passed over with one look-up (every word has three bytes or more).
struct WordBit {
  std::string_view word;
  std::uint64_t bits;
};
using AttrIndex = BytePairIndex<WordBit>;

const AttrIndex& attr_index() {
  static const AttrIndex index = [] {
    AttrIndex ix;
    for (std::size_t k = 0; k < kAttrBitCount; ++k)
      for (std::string_view w : kAttrBits[k].words) {
        if (w.empty()) continue;
        auto& slot = ix.bucket(w);
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
  for (std::size_t i = 0; i + 1 < hay.size(); ++i) {
    if (!ix.starts(hay.data() + i)) continue;
    for (const WordBit& e : ix.at(hay.data() + i))
      if ((e.bits & ~found) && hay.size() - i >= e.word.size() && hay[i + e.word.size() - 1] == e.word.back() &&
          hay.compare(i, e.word.size(), e.word) == 0)
        found |= e.bits;
  }
  return found;
}

void append_lower(std::string& out, std::string_view s) {
  const std::size_t at = out.size();
  out.append(s);
  lower_ascii(out.data() + at, s.size());
}

// Marks `id` and its ancestors in `on` (stopping at the first one already marked); returns how
// many it marked.
std::size_t mark_ancestors(const dom::Tree& tree, NodeId id, std::vector<char>& on) {
  std::size_t marked = 0;
  for (int hops = 0; id != kNone && id < tree.nodes.size() && !on[id] && hops < 4096; ++hops, ++marked) {
    on[id] = 1;
    id = tree.nodes[id].parent;
  }
  return marked;
}

// The attribute bits of a page's elements. Elements share their attributes (a menu's items, a
// grid's cards: 14,600 read on 40 pages twice over, 3,400 different), so an element whose class,
// id, role and other attributes are an earlier one's, found by their hash, takes its bits.
class AttrMemo {
 public:
  explicit AttrMemo(std::size_t elements) : slots_(std::bit_ceil(2 * elements + 2)) {}

  std::uint64_t bits(const dom::Tree& tree, NodeId id) {
    const dom::Node& n = tree.nodes[id];
    const std::uint64_t h = mix64(hash_bytes64(n.classes) ^ mix64(hash_bytes64(n.id) ^
                                  mix64(hash_bytes64(n.role) ^ mix64(hash_bytes64(n.extra)))));
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.node == kNone) {
        s = {h, id, read(n)};
        return s.bits;
      }
      const dom::Node& m = tree.nodes[s.node];
      if (s.hash == h && m.classes == n.classes && m.id == n.id && m.role == n.role && m.extra == n.extra)
        return s.bits;
    }
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    NodeId node = kNone;
    std::uint64_t bits = 0;
  };

  std::uint64_t read(const dom::Node& n) {
    attrs_.clear();
    for (std::string_view part : {n.classes, n.id, n.role, n.extra}) {
      append_lower(attrs_, part);
      attrs_ += ' ';
    }
    attrs_.pop_back();
    return attrs_.size() > 3 ? attr_bits(attrs_) : 0;
  }

  std::vector<Slot> slots_;  // never full: twice the elements read at the least
  std::string attrs_;
};

}  // namespace

const std::vector<std::string_view>& ancestor_bit_names() {
  static const std::vector<std::string_view> names = [] {
    static std::vector<std::string> tags;  // "t_main"...: live as long as the table
    for (auto t : kTagBits) tags.push_back("t_" + std::string(t));
    std::vector<std::string_view> n;
    for (const auto& a : kAttrBits) n.push_back(a.name);
    n.insert(n.end(), tags.begin(), tags.end());
    return n;
  }();
  return names;
}

std::vector<std::uint64_t> ancestor_bits(const dom::Tree& tree, const std::vector<blocks::Block>& bl) {
  std::vector<char> wanted(tree.nodes.size(), 0);
  std::size_t marked = 0;
  for (const auto& b : bl) marked += mark_ancestors(tree, b.node, wanted);
  std::vector<std::uint64_t> bits(tree.nodes.size(), 0);
  AttrMemo memo(marked);
  for (NodeId id = 0; id < tree.nodes.size(); ++id) {
    if (!wanted[id]) continue;
    const dom::Node& n = tree.nodes[id];
    std::uint64_t b = (n.parent != kNone && n.parent < id) ? bits[n.parent] : 0;
    if (n.type == dom::Node::Type::Element) {
      b |= memo.bits(tree, id);
      for (std::size_t k = 0; k < kTagBitCount; ++k)
        if (n.tag == kTagBits[k]) b |= std::uint64_t{1} << (kAttrBitCount + k);
    }
    bits[id] = b;
  }
  return bits;
}

}  // namespace winnow::classify
