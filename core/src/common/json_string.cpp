// The one JSON string writer: RFC 8259 escapes plus U+0085, U+2028 and U+2029 as \u escapes
// (design.md), for the core's serialisers and for JSON text the CLI got from nlohmann::json.
#include "winnow/json_string.h"

#include <cstdint>
#include <cstring>

#include "winnow/text.h"

namespace winnow {
namespace {

// The escape for a Unicode line break that JSON allows raw but line splitters cut on
// (U+0085 NEL, U+2028, U+2029) starting at p (n bytes left), else nullptr. `len` gets its
// UTF-8 length.
const char* line_break_escape(const char* p, std::size_t n, std::size_t* len) {
  const auto b0 = static_cast<unsigned char>(p[0]);
  if (b0 == 0xC2 && n >= 2 && static_cast<unsigned char>(p[1]) == 0x85) {
    *len = 2;
    return "\\u0085";
  }
  if (b0 == 0xE2 && n >= 3 && static_cast<unsigned char>(p[1]) == 0x80) {
    const auto b2 = static_cast<unsigned char>(p[2]);
    *len = 3;
    if (b2 == 0xA8) return "\\u2028";
    if (b2 == 0xA9) return "\\u2029";
  }
  return nullptr;
}

// Whether any of the eight bytes of `w` is one append_json_string() must look at: a control
// character, '"', '\\', or the lead 0xC2 / 0xE2 of a line break. Exact as to "any" (the classic
// zero-byte test: a borrow can only mark bytes after a true hit).
bool needs_look(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto zero_byte = [&](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  const std::uint64_t control = (w - 0x20 * kOnes) & ~w & kHigh;
  return (control | zero_byte(w ^ ('"' * kOnes)) | zero_byte(w ^ ('\\' * kOnes)) | zero_byte(w ^ (0xC2 * kOnes)) |
          zero_byte(w ^ (0xE2 * kOnes))) != 0;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // start of the pending run of characters that need no escape
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::uint64_t w;
    while (i + 8 <= s.size() && (std::memcpy(&w, s.data() + i, 8), !needs_look(w))) i += 8;
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0xC2 && c != 0xE2) continue;
    if (c == 0xC2 || c == 0xE2) {
      std::size_t len = 0;
      const char* esc = line_break_escape(s.data() + i, s.size() - i, &len);
      if (!esc) continue;
      out.append(s.data() + run, i - run);
      out += esc;
      i += len - 1;
      run = i + 1;
      continue;
    }
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void escape_line_breaks(std::string& json_text) {
  // Outside strings JSON text is ASCII, so every such sequence is inside a string literal.
  std::string out;
  std::size_t run = 0;  // start of the pending run copied as it is
  for (std::size_t i = 0; i < json_text.size(); ++i) {
    if (json_text[i] != '\xC2' && json_text[i] != '\xE2') continue;
    std::size_t len = 0;
    const char* esc = line_break_escape(json_text.data() + i, json_text.size() - i, &len);
    if (!esc) continue;
    out.append(json_text, run, i - run);
    out += esc;
    i += len - 1;
    run = i + 1;
  }
  if (run == 0) return;  // nothing to escape: no copy
  out.append(json_text, run);
  json_text.swap(out);
}

std::string json_string(std::string_view text) {
  std::string out;
  append_json_string(out, text::sanitize_utf8(text));
  return out;
}

}  // namespace winnow
