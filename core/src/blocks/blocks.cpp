// Cutting the tree view into blocks: one depth-first walk; text accumulates into the current
// block until a block-level element opens or closes.
#include "winnow/blocks.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "common/fold.h"
#include "winnow/dom.h"

namespace winnow::blocks {
namespace {

// Phrasing (inline) elements: they never end a block. Everything else does, so that unknown
// custom elements behave like divs (the safe side: a spurious boundary splits a paragraph,
// a missing one would glue a menu to the article). Switched on length: this runs per element.
bool is_inline(std::string_view t) {
  auto any = [&](std::initializer_list<std::string_view> l) {
    for (auto x : l)
      if (t == x) return true;
    return false;
  };
  switch (t.size()) {
    case 1: return any({"a", "b", "i", "q", "s", "u"});
    case 2: return any({"br", "em", "tt"});
    case 3: return any({"bdi", "bdo", "big", "del", "dfn", "img", "ins", "kbd", "sub", "sup", "var", "wbr"});
    case 4: return any({"abbr", "cite", "code", "data", "font", "mark", "nobr", "samp", "span", "time"});
    case 5: return any({"label", "small"});
    case 6: return any({"button", "output", "source", "strike", "strong"});
    case 7: return t == "picture";
    default: return false;
  }
}

// What append() asks of a byte: whether it is part of a word (a letter, a digit or any byte of
// a character beyond ASCII) and whether a white space may start at it (is_space_at() decides).
constexpr std::uint8_t kWordish = 1, kMaySpace = 2;
constexpr std::array<std::uint8_t, 256> kByte = [] {
  std::array<std::uint8_t, 256> t{};
  for (unsigned c = 0; c < 256; ++c) {
    const bool wordish = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0xC2;
    t[c] = static_cast<std::uint8_t>((wordish ? kWordish : 0) | (space ? kMaySpace : 0));
  }
  return t;
}();

// Eight bytes of plain prose, which append() may take at once: ASCII, no control character, and
// only single spaces between visible bytes (what append() writes as it reads them). Then
// `lettered` has the high bit of each byte that is a letter or a digit (kWordish of kByte).
bool prose8(std::uint64_t w, std::uint64_t& lettered) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const auto at_least = ascii_bytes_at_least;
  if (w & kHigh) return false;
  if (~at_least(w, 0x20) & kHigh) return false;  // a control character: \n, \t and kin
  const std::uint64_t space = ~at_least(w, 0x21) & kHigh;
  constexpr std::uint64_t kEnds = 0x8000000000000080ull;  // the first and the last byte
  if ((space & kEnds) || (space & (space << 8))) return false;
  const std::uint64_t digit = at_least(w, '0') & ~at_least(w, '9' + 1);
  const std::uint64_t low = w | 0x20 * kOnes;
  lettered = digit | (at_least(low, 'a') & ~at_least(low, 'z' + 1));
  return true;
}

struct Walker {
  explicit Walker(const dom::Tree& t) : tree(t) {}
  const dom::Tree& tree;
  std::vector<Block> out;
  std::vector<dom::NodeId> owners{0};
  std::string buf;
  std::uint32_t chars = 0;  // code points of buf, counted as it is written
  std::uint32_t link_cp = 0;
  std::uint32_t words = 0;
  bool pending_space = false;
  bool in_word = false;
  bool buf_in_form = false;
  bool prev_link = false;  // some of the text came from a button / label / textarea
  int links = 0, lists = 0, tables = 0, forms = 0, quotes = 0, figures = 0, pres = 0;
  std::vector<std::uint8_t> headings;

  static bool is_space_at(std::string_view t, std::size_t i, std::size_t& len) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    len = 1;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') return true;
    if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) {
      len = 2;  // no-break space collapses like any other
      return true;
    }
    return false;
  }

  void append(std::string_view t) {
    const bool in_link = links > 0;
    std::size_t i = 0, len = 0;
    while (i < t.size()) {
      if (is_space_at(t, i, len)) {
        if (!buf.empty()) pending_space = true;
        in_word = false;
        i += len;
        continue;
      }
      if (pending_space) {
        buf += ' ';
        ++chars;
        pending_space = false;
        if (in_link && prev_link) ++link_cp;  // a space inside a link's text
      }
      prev_link = in_link;
      if (forms > 0) buf_in_form = true;
      // a run of visible characters, counted in one pass and copied at once
      std::size_t j = i;
      std::uint32_t cp = 0;
      do {
        std::uint64_t chunk, lettered;
        if (j + 8 <= t.size() && (std::memcpy(&chunk, t.data() + j, 8), prose8(chunk, lettered))) {
          const std::uint64_t before = lettered << 8 | (in_word ? 0x80u : 0u);  // each byte's previous byte's
          // the starts' high bits summed as bytes (std::popcount is a library call without POPCNT)
          words += static_cast<std::uint32_t>((((lettered & ~before) >> 7) * 0x0101010101010101ull) >> 56);
          in_word = lettered >> 63;
          cp += 8;
          j += 8;
          continue;
        }
        const auto c = static_cast<unsigned char>(t[j]);
        const bool wordish = kByte[c] & kWordish;
        words += wordish && !in_word;
        in_word = wordish;
        cp += (c & 0xC0) != 0x80;
        ++j;
      } while (j < t.size() && !((kByte[static_cast<unsigned char>(t[j])] & kMaySpace) && is_space_at(t, j, len)));
      buf.append(t.data() + i, j - i);
      chars += cp;
      link_cp += in_link ? cp : 0;
      i = j;
    }
  }

  void flush() {
    if (!buf.empty()) {
      Block b;
      b.text = std::move(buf);
      b.node = owners.back();
      b.chars = chars;
      b.link_chars = link_cp > b.chars ? b.chars : link_cp;
      b.words = words;
      b.heading = headings.empty() ? 0 : headings.back();
      b.in_list = lists > 0;
      b.in_table = tables > 0;
      b.in_form = forms > 0 || buf_in_form;
      b.in_quote = quotes > 0;
      b.in_figure = figures > 0;
      b.in_pre = pres > 0;
      b.index = static_cast<std::uint32_t>(out.size());
      out.push_back(std::move(b));
    }
    buf.clear();
    chars = 0;
    buf_in_form = false;
    prev_link = false;
    link_cp = 0;
    words = 0;
    pending_space = false;
    in_word = false;
  }

  // +1 on entering, -1 on leaving an element: the context counters (switched on the first
  // letter: this runs twice per element).
  void count(const dom::Node& n, int d) {
    std::string_view t = n.tag;
    if (t.empty() || t.size() > 10) return;
    switch (t[0]) {
      case 'a':
        if (t.size() == 1 && !n.href.empty()) links += d;
        break;
      case 'l':
        if (t == "li") lists += d;
        else if (t == "label") forms += d;
        break;
      case 'd':
        if (t == "dd" || t == "dt") lists += d;
        break;
      case 't':
        if (t == "td" || t == "th") tables += d;
        else if (t == "textarea") forms += d;
        break;
      case 'b':
        if (t == "button") forms += d;
        else if (t == "blockquote") quotes += d;
        break;
      case 'f':
        if (t == "fieldset") forms += d;
        else if (t == "figure" || t == "figcaption") figures += d;
        break;
      case 'p':
        if (t == "pre") pres += d;
        break;
      case 'h':
        if (t.size() == 2 && t[1] >= '1' && t[1] <= '6') {
          if (d > 0) headings.push_back(static_cast<std::uint8_t>(t[1] - '0'));
          else if (!headings.empty()) headings.pop_back();
        }
        break;
      default:
        break;
    }
  }

  void run() {
    struct Frame { dom::NodeId id; std::size_t next; bool block; };
    std::vector<Frame> stack{{0, 0, false}};
    while (!stack.empty()) {
      if (out.size() > dom::kMaxBlocks) return;
      Frame& f = stack.back();
      const dom::Node& n = tree.nodes[f.id];
      if (f.next < n.children.size()) {
        dom::NodeId cid = n.children[f.next++];
        const dom::Node& c = tree.nodes[cid];
        if (c.type == dom::Node::Type::Text) {
          append(c.text);
          continue;
        }
        if (c.hidden || dom::is_never_content_tag(c.tag)) continue;
        bool block = !is_inline(c.tag);
        if (c.tag == "br") {
          pending_space = !buf.empty();
          continue;
        }
        if (block) {
          flush();
          owners.push_back(cid);
        }
        count(c, +1);
        stack.push_back({cid, 0, block});
        continue;
      }
      if (f.id != 0) {
        if (f.block) {
          flush();
          owners.pop_back();
        }
        count(n, -1);
      }
      stack.pop_back();
    }
    flush();
  }
};

}  // namespace

bool is_block_tag(std::string_view tag) { return !is_inline(tag); }

std::vector<Block> extract(const dom::Tree& tree, bool* cut) {
  if (cut) *cut = false;
  if (tree.nodes.empty()) return {};
  Walker w(tree);
  w.run();
  if (w.out.size() > dom::kMaxBlocks) {
    w.out.resize(dom::kMaxBlocks);
    if (cut) *cut = true;
  }
  return std::move(w.out);
}

}  // namespace winnow::blocks
