// Serialises tokenize() and sentences() for `winnow tokens` and the wasm tokensJson(): one
// serialiser, so native and wasm output are byte-identical by construction.
#include "winnow/tokens_json.h"

#include "winnow/text.h"

namespace winnow::text {

void append_json_string(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

std::string tokens_json(std::string_view text, std::string_view id_json) {
  const std::vector<Token> toks = tokenize(text);
  const std::vector<Span> sents = sentences(text);
  std::string out;
  out.reserve(64 + toks.size() * 40 + sents.size() * 16);
  out += "{\"id\":";
  out += id_json;
  out += ",\"sentences\":[";
  for (std::size_t i = 0; i < sents.size(); ++i) {
    if (i) out += ',';
    out += '[';
    out += std::to_string(sents[i].begin);
    out += ',';
    out += std::to_string(sents[i].end);
    out += ']';
  }
  out += "],\"tokens\":[";
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (i) out += ',';
    out += '[';
    out += std::to_string(t.begin);
    out += ',';
    out += std::to_string(t.end);
    out += ',';
    append_json_string(out, t.norm);
    out += ",\"";
    out += kind_name(t.kind);
    out += "\",\"";
    out += script_name(t.script);
    out += "\"]";
  }
  out += "]}";
  return out;
}

}  // namespace winnow::text
