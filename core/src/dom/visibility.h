// What both adapters agree never becomes page text: elements whose content is code, markup
// templates or graphics, and inline styles that hide an element.
#pragma once

#include <string_view>

namespace winnow::dom {

// script, style, noscript, template, svg, math, iframe, object, embed, canvas, head...
bool is_never_content_tag(std::string_view tag);

// True for an inline style with display:none or visibility:hidden (spaces and case ignored).
bool style_hides(std::string_view style);

}  // namespace winnow::dom
