// Serialises tokenize() and sentences() for `winnow tokens` and the wasm tokensJson(): one
// serialiser, so native and wasm output are byte-identical by construction.
#include "winnow/tokens_json.h"

#include "winnow/json_string.h"
#include "winnow/text.h"

namespace winnow::text {

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
    winnow::append_json_string(out, t.norm);
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
