// The one serialiser of the `extract` answer (design.md), shared by the CLI and the wasm
// module so both print the same bytes. Strings are escaped per RFC 8259; text is valid UTF-8
// already (the adapters sanitise), control characters are \u-escaped.
#include "winnow/extract.h"
#include "winnow/json_string.h"

namespace winnow {

std::string to_json(const Page& page, std::string_view id_json) {
  std::string o;
  std::string main = page.main_text();
  std::size_t cap = main.size() * 2 + 256;
  for (const auto& b : page.blocks) cap += b.text.size() + b.reason.size() + 64;
  o.reserve(cap);
  o += "{\"id\":";
  o += id_json.empty() ? std::string_view("null") : id_json;
  o += ",\"title\":";
  append_json_string(o, page.title);
  o += ",\"lang\":";
  append_json_string(o, page.lang);
  o += ",\"page_type\":";
  append_json_string(o, page_type_name(page.type));
  o += ",\"page_kind\":";
  append_json_string(o, page_kind_name(page.kind));
  o += ",\"main_text\":";
  append_json_string(o, main);
  o += ",\"blocks\":[";
  bool first = true;
  for (const auto& b : page.blocks) {
    if (!first) o += ',';
    first = false;
    o += "{\"text\":";
    append_json_string(o, b.text);
    o += ",\"label\":";
    append_json_string(o, label_name(b.label));
    o += ",\"kind\":";
    append_json_string(o, kind_name(b.kind));
    o += ",\"reason\":";
    append_json_string(o, b.reason);
    o += ",\"filler\":";
    if (const char* code = filler::code_name(b.filler)) append_json_string(o, code);
    else o += "null";
    o += ",\"node\":";
    if (b.node == dom::kNone) o += "null";
    else o += std::to_string(b.node);
    if (b.headline) o += ",\"headline\":true";
    o += '}';
  }
  o += ']';
  if (page.truncated) o += ",\"truncated\":true";  // absent when the whole page was analysed
  o += '}';
  return o;
}

}  // namespace winnow
