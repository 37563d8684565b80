// drop_raw_text (dom/raw_text.h): the HTML without <script>/<style> bodies, for Gumbo; covered
// by [dom] and [html] in tests/core.
#include "dom/raw_text.h"

#include <cstring>

namespace winnow::dom::detail {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_ci(std::string_view s, std::size_t at, std::string_view word) {
  if (s.size() - at < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (lower(s[at + k]) != word[k]) return false;
  return true;
}

bool tag_name_ends(std::string_view s, std::size_t at) {
  if (at >= s.size()) return false;
  char c = s[at];
  return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Start of the closing "</name" (followed by a tag-name end) at or after `from`, or npos.
std::size_t find_close(std::string_view s, std::size_t from, std::string_view name) {
  for (std::size_t i = s.find("</", from); i != std::string_view::npos; i = s.find("</", i + 2))
    if (starts_ci(s, i + 2, name) && tag_name_ends(s, i + 2 + name.size())) return i;
  return std::string_view::npos;
}

}  // namespace

// Index just past the '>' closing the tag that starts at `lt` (quotes respected), or npos.
std::size_t tag_end(std::string_view s, std::size_t lt) {
  char quote = 0;
  for (std::size_t i = lt + 1; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // a quote opens a value only after '=' (possibly with spaces)
      std::size_t k = i;
      while (k > lt && (s[k - 1] == ' ' || s[k - 1] == '\t' || s[k - 1] == '\n')) --k;
      if (k > lt && s[k - 1] == '=') quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

std::string drop_raw_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t copied = 0, i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (s.compare(i, 4, "<!--") == 0) {
      std::size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    std::string_view name;
    if (starts_ci(s, i + 1, "script") && tag_name_ends(s, i + 7)) name = "script";
    else if (starts_ci(s, i + 1, "style") && tag_name_ends(s, i + 6)) name = "style";
    bool letter = i + 1 < s.size() && ((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z');
    if (name.empty()) {
      if (!letter) {
        ++i;
        continue;
      }
      std::size_t end = tag_end(s, i);  // skip the tag, so quoted values are not scanned
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    std::size_t open_end = tag_end(s, i);
    if (open_end == std::string_view::npos) break;
    std::size_t close = find_close(s, open_end, name);
    if (close == std::string_view::npos) break;  // unterminated: leave the rest to Gumbo
    out.append(s.data() + copied, open_end - copied);
    copied = close;
    i = close + 2;
  }
  out.append(s.data() + copied, s.size() - copied);
  return out;
}

}  // namespace winnow::dom::detail
