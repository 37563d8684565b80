// The native front door: HTML (any bytes) parsed by Gumbo into the tree view.
#pragma once

#include <string_view>

#include "winnow/dom.h"

namespace winnow::dom {

// Never throws on bad input: invalid UTF-8 is replaced, malformed markup is repaired the way
// browsers do (HTML5 parsing), an empty input gives an empty tree.
Tree from_html(std::string_view html);

}  // namespace winnow::dom
