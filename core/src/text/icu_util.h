// Internals of the text layer shared by its .cpp files (not part of the public API).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace winnow::text {

// init() and whether ICU accepted its data (false only on a broken build).
bool icu_ready();

// True when every byte is < 0x80.
bool is_ascii(std::string_view s);

// NFKC_Casefold of valid UTF-8, appended to `out`. ASCII takes a fast path that
// tests/core/text_normalize.cpp proves identical to ICU for every ASCII character.
void normalize_append(std::string_view valid_utf8, std::string& out);

}  // namespace winnow::text
