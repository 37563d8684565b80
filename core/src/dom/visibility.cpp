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

bool style_hides(std::string_view style, bool* veils) {
  std::string s;
  s.reserve(style.size());
  for (char c : style) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const bool veiled = s.find("visibility:hidden") != std::string::npos;
  const bool none = s.find("display:none") != std::string::npos;
  if (veils) *veils = veiled && !none;
  return veiled || none;
}

}  // namespace winnow::dom
