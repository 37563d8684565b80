// limit_markup (dom/markup_limit.h): one pass over the markup, tag by tag.
#include "dom/markup_limit.h"

#include <algorithm>
#include <iterator>

#include "dom/raw_text.h"

namespace winnow::dom::detail {
namespace {

bool is_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool name_char(char c) {
  return c != '>' && c != '/' && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

// Elements that never hold a deeper level in the estimate: void elements, and those a
// following sibling (or the parser) closes by itself, so unclosed ones do not pile up.
bool does_not_nest(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "keygen", "frame", "p", "li", "dt", "dd", "option", "optgroup",
      "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rtc",
      "rp", "html", "head", "body"};
  if (name.size() > 8) return false;
  char low[8];
  for (std::size_t k = 0; k < name.size(); ++k)
    low[k] = static_cast<char>(name[k] >= 'A' && name[k] <= 'Z' ? name[k] + 32 : name[k]);
  return std::find(std::begin(kNames), std::end(kNames), std::string_view(low, name.size())) != std::end(kNames);
}

// A cut at or before `at` that leaves neither half a tag nor half a UTF-8 character.
std::size_t cut_point(std::string_view s, std::size_t at) {
  std::size_t lt = s.rfind('<', at);
  if (lt != std::string_view::npos && lt > at / 2) return lt;
  while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return at;
}

}  // namespace

std::string limit_markup(std::string_view html, std::size_t max_bytes, std::size_t max_depth, bool* cut) {
  *cut = false;
  if (html.size() > max_bytes) {
    html = html.substr(0, cut_point(html, max_bytes));
    *cut = true;
  }
  std::string out;
  std::size_t copied = 0, depth = 0, dropped_open = 0;
  auto drop = [&](std::size_t from, std::size_t to) {
    if (out.empty()) out.reserve(html.size());
    out.append(html.data() + copied, from - copied);
    copied = to;
    *cut = true;
  };
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i)) {
    if (html.compare(i, 4, "<!--") == 0) {
      std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    const std::size_t name_at = i + (closing ? 2 : 1);
    if (name_at >= html.size() || !is_letter(html[name_at])) {
      ++i;
      continue;
    }
    std::size_t end = tag_end(html, i);
    if (end == std::string_view::npos) break;
    std::size_t name_end = name_at;
    while (name_end < end && name_char(html[name_end])) ++name_end;
    std::string_view name = html.substr(name_at, name_end - name_at);
    const bool self_closed = html[end - 2] == '/';
    if (closing) {
      if (dropped_open > 0 && !does_not_nest(name)) {
        --dropped_open;
        drop(i, end);
      } else if (depth > 0 && !does_not_nest(name)) {
        --depth;
      }
    } else if (!self_closed && !does_not_nest(name)) {
      if (depth >= max_depth) {
        ++dropped_open;
        drop(i, end);
      } else {
        ++depth;
      }
    }
    i = end;
  }
  out.append(html.data() + copied, html.size() - copied);
  return out;
}

}  // namespace winnow::dom::detail
