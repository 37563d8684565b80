// JSON string literals for the core's serialisers (extract, tokens, compare/history answers):
// one escaper, so every answer escapes alike and native and wasm print the same bytes.
#pragma once

#include <string>
#include <string_view>

namespace winnow {

// Appends `s` (valid UTF-8) as a JSON string literal per RFC 8259, escaped as
// nlohmann::json::dump() does (short escapes, other control characters as \u00xx), and
// U+0085, U+2028 and U+2029 as \u0085, \u2028, \u2029 (design.md: a reader that splits on
// every Unicode line break still sees one record a line).
void append_json_string(std::string& out, std::string_view s);

// The same three line breaks escaped inside JSON text written by another serialiser
// (nlohmann::json in the CLI), so every answer line follows the rule above.
void escape_line_breaks(std::string& json_text);

// A JSON string literal (with its quotes) of UTF-8 text from anywhere: ill-formed bytes are
// replaced (text::sanitize_utf8) before escaping.
std::string json_string(std::string_view text);

}  // namespace winnow
