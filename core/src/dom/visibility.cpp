// Which elements and inline styles never become page text (winnow/dom.h), the same for both
// adapters; covered by [dom] in tests/core.
#include "winnow/dom.h"

#include <array>
#include <string>

namespace winnow::dom {

namespace {
// Elements whose children are never reader-visible text of the page.
constexpr std::array<std::string_view, 14> kNeverContent = {
    "script", "style", "noscript", "template", "svg", "math", "iframe",
    "object", "embed", "canvas", "head", "link", "meta", "select"};
}  // namespace

bool is_never_content_tag(std::string_view tag) {
  for (auto t : kNeverContent)
    if (t == tag) return true;
  return false;
}

namespace {
// An inline style without spaces, in lower case.
std::string squeezed(std::string_view style) {
  std::string s;
  s.reserve(style.size());
  for (char c : style) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return s;
}
}  // namespace

bool style_hides(std::string_view style) {
  std::string s = squeezed(style);
  return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

bool style_veils(std::string_view style) {
  return squeezed(style).find("visibility:hidden") != std::string::npos;
}

}  // namespace winnow::dom
