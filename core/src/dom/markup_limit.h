// The input policy (winnow/dom.h) applied to HTML before Gumbo sees it: Gumbo's own work grows
// with the depth of its stack of open elements for every tag, so depth is bounded here, in
// the markup, where one linear pass can do it.
#pragma once

#include <string>
#include <string_view>

namespace winnow::dom::detail {

// The first `max_bytes` of `html` (cut before a tag, never inside a UTF-8 character), with the
// start tags that would open an element deeper than `max_depth` left out, and as many end tags
// after them, so their text lands in the deepest element kept. Depth is counted as an HTML
// parser would build it, approximately: void and self-closed elements, and elements that a
// sibling closes implicitly (p, li, td, ...), do not nest. Sets *cut when anything was left out.
std::string limit_markup(std::string_view html, std::size_t max_bytes, std::size_t max_depth, bool* cut);

}  // namespace winnow::dom::detail
