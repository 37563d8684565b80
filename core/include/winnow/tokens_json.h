// The one serialiser of a text's segmentation, shared by `winnow tokens` (native) and the
// wasm module's tokensJson(), so both print byte-identical JSON (the parity test checks it).
#pragma once

#include <string>
#include <string_view>

namespace winnow::text {

// {"id":ID,"sentences":[[b,e],...],"tokens":[[b,e,"norm","Kind","Script"],...]}
// `id_json` is inserted verbatim and must already be JSON ("null", "\"en-001\"", 7). Keys are
// in sorted order and strings escaped exactly as nlohmann::json's dump() does, so the CLI can
// hand this text through its JSON Lines plumbing unchanged.
std::string tokens_json(std::string_view text, std::string_view id_json = "null");

}  // namespace winnow::text
