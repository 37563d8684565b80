// The content script's snapshot (format in winnow/snapshot.h) -> the tree view.
#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>
#include <vector>

#include "winnow/dom.h"
#include "winnow/snapshot.h"
#include "winnow/text.h"

namespace winnow::dom {
namespace {

constexpr char kRecord = '\x1e';
constexpr char kField = '\x1f';

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    std::size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
}

bool parse_depth(std::string_view s, std::size_t& depth) {
  if (s.empty() || s.size() > 6) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), depth);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// How many records: memchr finds each separator (std::count went byte by byte).
std::size_t count_records(std::string_view s) {
  std::size_t n = 0;
  const char* end = s.data() + s.size();
  for (const char* p = s.data(); (p = static_cast<const char*>(std::memchr(p, kRecord, static_cast<std::size_t>(end - p))));
       ++p)
    ++n;
  return n;
}

// The tag name in lower case: the producer's own (no copy) unless it has capitals.
std::string_view lower_tag(std::string_view s, Tree& tree) {
  bool upper = false;
  for (char c : s) upper |= (c >= 'A' && c <= 'Z');
  if (!upper) return s;
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return tree.keep(out);
}

// Calls fn(pair) for every "name=value" pair of a "name=value;..." field.
template <class Fn>
void for_each_pair(std::string_view field, Fn&& fn) {
  for (std::size_t start = 0; start < field.size();) {
    std::size_t end = std::min(field.find(';', start), field.size());
    fn(field.substr(start, end - start));
    start = end + 1;
  }
}

bool is_href(std::string_view pair) { return pair.substr(0, 5) == "href="; }

// href goes to Node::href, the rest stays in Node::extra: the field itself when it has no
// href, else a kept copy of its other well-formed pairs.
void read_extra(std::string_view extra, Node& n, Tree& tree) {
  bool has_href = false;
  for_each_pair(extra, [&](std::string_view pair) {
    if (is_href(pair)) {
      n.href = pair.substr(5);
      has_href = true;
    }
  });
  if (!has_href) {
    n.extra = extra;
    return;
  }
  std::string rest;
  for_each_pair(extra, [&](std::string_view pair) {
    std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && eq > 0 && !is_href(pair)) rest.append(pair).append(";");
  });
  n.extra = tree.keep(rest);
}


// The header's language, title and canonical link into `tree`; false when it is not a
// version-1 snapshot.
bool read_header(std::string_view header, Tree& tree) {
  auto hf = split(header, kField);
  if (hf.empty() || hf[0] != "W1") return false;
  if (hf.size() > 2) tree.lang = std::string(hf[2]);
  if (hf.size() > 3) tree.title = std::string(hf[3]);
  if (hf.size() > 4) tree.canonical = std::string(hf[4]);
  return true;
}

// A record's first `want` fields, in place (later ones are ignored); returns how many it has.
std::size_t split_fields(std::string_view rec, std::size_t want, std::string_view* f) {
  std::size_t nf = 0;
  for (std::size_t s = 0; nf < want;) {
    std::size_t e = rec.find(kField, s);
    if (e == std::string_view::npos) {
      f[nf++] = rec.substr(s);
      break;
    }
    f[nf++] = rec.substr(s, e - s);
    s = e + 1;
  }
  return nf;
}

// An element record's fields (tag, id, class, role, flags, extras) or a text record's text.
void fill_node(Node& n, const std::string_view* f, std::size_t nf, bool is_element, NodeId origin, Tree& tree) {
  if (!is_element) {
    n.type = Node::Type::Text;
    n.text = f[2];
    return;
  }
  n.tag = lower_tag(f[2], tree);
  if (nf > 3) n.id = f[3];
  if (nf > 4) n.classes = f[4];
  if (nf > 5) n.role = f[5];
  if (nf > 6) n.hidden = f[6].find('h') != std::string_view::npos;
  if (nf > 7) read_extra(f[7], n, tree);
  n.origin = origin;
  if (is_never_content_tag(n.tag)) n.hidden = true;
}

// The records (each after a record separator) as nodes. open[d] = the element at depth d on the
// current path; a node at depth d hangs below open[d-1] (the root for d == 0).
void read_records(std::string_view snap, Tree& tree) {
  std::vector<NodeId> open;
  NodeId element_index = 0;
  std::size_t pos = 1;  // past the first record separator
  std::string_view f[8];
  while (pos <= snap.size()) {
    std::size_t end = snap.find(kRecord, pos);
    if (end == std::string_view::npos) end = snap.size();
    std::string_view rec = snap.substr(pos, end - pos);
    pos = end + 1;
    if (rec.empty()) continue;
    const bool is_element = rec[0] == 'E' && (rec.size() == 1 || rec[1] == kField);
    if (is_element) ++element_index;
    if (!is_element && !(rec[0] == 'T' && (rec.size() == 1 || rec[1] == kField))) continue;
    const std::size_t nf = split_fields(rec, is_element ? 8 : 3, f);
    std::size_t depth = 0;
    if (nf < 3 || !parse_depth(f[1], depth)) continue;
    if (depth > kMaxDepth && open.size() >= kMaxDepth) {  // hangs at the deepest level kept
      depth = kMaxDepth;
      tree.truncated = true;
    }
    if (depth > open.size()) continue;
    NodeId id = static_cast<NodeId>(tree.nodes.size());
    Node& n = tree.nodes.emplace_back();
    n.parent = depth == 0 ? 0 : open[depth - 1];
    fill_node(n, f, nf, is_element, element_index - 1, tree);
    open.resize(depth);  // a text node closes deeper elements
    if (is_element) open.push_back(id);
  }
}

}  // namespace

Tree from_snapshot(std::string_view raw) {
  Tree tree;
  tree.nodes.emplace_back();
  // The content script's text is valid UTF-8 (TextEncoder); only a broken snapshot pays a copy.
  std::string cleaned;
  std::string_view snap = raw;
  if (!text::is_valid_utf8(raw)) {
    cleaned = text::sanitize_utf8(raw);
    snap = cleaned;
  }
  std::size_t first = snap.find(kRecord);
  if (!read_header(snap.substr(0, first), tree) || first == std::string_view::npos) return tree;
  // The input policy (winnow/dom.h): the records of the first kMaxInputBytes, whole.
  std::string_view records = snap.substr(first);
  if (records.size() > kMaxInputBytes) {
    records = records.substr(0, records.rfind(kRecord, kMaxInputBytes));
    tree.truncated = true;
  }
  // Every node's strings are views into the tree's one copy of the records.
  snap = tree.keep(records);
  tree.nodes.reserve(1 + count_records(snap));
  read_records(snap, tree);
  tree.link_children();
  return tree;
}

std::string snapshot_url(std::string_view snap) {
  auto hf = split(snap.substr(0, snap.find(kRecord)), kField);
  if (hf.size() < 2 || hf[0] != "W1") return {};
  return text::sanitize_utf8(hf[1]);
}

}  // namespace winnow::dom
