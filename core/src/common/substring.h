// Substring search in linear time whatever the bytes: std::string::find compares from every
// start position and is quadratic on crafted input (a page can hold megabytes of "aaaa...").
#pragma once

#include <string_view>

namespace winnow {

// Whether `needle` occurs in `hay`: Knuth-Morris-Pratt, O(|hay| + |needle|) time.
bool contains(std::string_view hay, std::string_view needle);

}  // namespace winnow
