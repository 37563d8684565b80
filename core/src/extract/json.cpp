// The one serialiser of the `extract` answer (design.md), shared by the CLI and the wasm
// module so both print the same bytes. Strings are escaped per RFC 8259; text is valid UTF-8
// already (the adapters sanitise), control characters are \u-escaped.
#include <cstdio>

#include "winnow/extract.h"

namespace winnow {
namespace {

void put_string(std::string& o, std::string_view s) {
  o += '"';
  std::size_t run = 0;  // start of the pending run of characters that need no escape
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    o.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      case '\b': o += "\\b"; break;
      case '\f': o += "\\f"; break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        o += buf;
      }
    }
  }
  o.append(s.data() + run, s.size() - run);
  o += '"';
}

}  // namespace

std::string to_json(const Page& page, std::string_view id_json) {
  std::string o;
  std::string main = page.main_text();
  std::size_t cap = main.size() * 2 + 256;
  for (const auto& b : page.blocks) cap += b.text.size() + b.reason.size() + 64;
  o.reserve(cap);
  o += "{\"id\":";
  o += id_json.empty() ? std::string_view("null") : id_json;
  o += ",\"title\":";
  put_string(o, page.title);
  o += ",\"lang\":";
  put_string(o, page.lang);
  o += ",\"page_type\":";
  put_string(o, page_type_name(page.type));
  o += ",\"main_text\":";
  put_string(o, main);
  o += ",\"blocks\":[";
  bool first = true;
  for (const auto& b : page.blocks) {
    if (!first) o += ',';
    first = false;
    o += "{\"text\":";
    put_string(o, b.text);
    o += ",\"label\":";
    put_string(o, label_name(b.label));
    o += ",\"kind\":";
    put_string(o, kind_name(b.kind));
    o += ",\"reason\":";
    put_string(o, b.reason);
    o += ",\"node\":";
    if (b.node == dom::kNone) o += "null";
    else o += std::to_string(b.node);
    o += '}';
  }
  o += "]}";
  return o;
}

}  // namespace winnow
