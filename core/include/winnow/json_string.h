// JSON string literals for the core's serialisers (extract, tokens, compare/history answers):
// one escaper, so every answer escapes alike and native and wasm print the same bytes.
#pragma once

#include <string>
#include <string_view>

namespace winnow {

// Appends `s` (valid UTF-8) as a JSON string literal per RFC 8259, escaped exactly as
// nlohmann::json::dump() does (short escapes, other control characters as \u00xx), so the
// CLI can hand the core's text through its JSON Lines plumbing unchanged.
void append_json_string(std::string& out, std::string_view s);

}  // namespace winnow
