// Small UTF-8 helpers for the DOM adapters: a fast validity check so that the (rare) broken
// page alone pays for text::sanitize_utf8.
#pragma once

#include <string>
#include <string_view>

namespace winnow::dom::detail {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool valid_utf8(std::string_view s);

// `s` itself when valid, else a sanitised copy (ill-formed sequences -> U+FFFD).
std::string clean_utf8(std::string_view s);

}  // namespace winnow::dom::detail
