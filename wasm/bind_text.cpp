// Embind bindings of the text layer: the segmentation as the same JSON `winnow tokens` prints
// (one serialiser in the core), normalisation for callers that only need the key, and the ICU
// version and data the module carries.
#include <emscripten/bind.h>

#include <string>

#include "winnow/text.h"
#include "winnow/tokens_json.h"

namespace {

std::string tokens_json_noid(const std::string& text) {
  return winnow::text::tokens_json(text, "null");
}

// `id_json` is JSON text (JSON.stringify(id) on the JS side), inserted verbatim.
std::string tokens_json_id(const std::string& text, const std::string& id_json) {
  return winnow::text::tokens_json(text, id_json.empty() ? "null" : id_json);
}

std::string normalize(const std::string& text) { return winnow::text::normalize(text); }

}  // namespace

EMSCRIPTEN_BINDINGS(winnow_text) {
  emscripten::function("tokensJson", &tokens_json_noid);
  emscripten::function("tokensJson", &tokens_json_id);
  emscripten::function("normalize", &normalize);
  emscripten::function("icuVersion", &winnow::text::icu_version);
}
