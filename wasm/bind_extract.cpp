// Embind bindings for boilerplate marking (issue 3). One string crosses per call: the content
// script's snapshot in, the core's own JSON answer (winnow::to_json, byte-identical to
// `winnow extract`'s, with "id": null) out. Each block carries "node", the snapshot element
// index the content script maps back to its element.
//
//   Module.extractSnapshot(snapshot)            -> JSON string
//   Module.extractText(title, text, url)        -> JSON string (text DOC, pasted chrome judged)
// The site-template memory has one owner, the History (bind_history.cpp), which reads and
// updates it as pages are visited and persists it inside its own bytes.
#include <emscripten/bind.h>

#include <string>

#include "winnow/extract.h"

namespace {

std::string extract_snapshot_json(const std::string& snapshot) {
  return winnow::to_json(winnow::extract_snapshot(snapshot, nullptr), "null");
}

std::string extract_text_json(const std::string& title, const std::string& text, const std::string& url) {
  return winnow::to_json(winnow::extract_text(title, text, url, nullptr), "null");
}

}  // namespace

EMSCRIPTEN_BINDINGS(winnow_extract) {
  emscripten::function("extractSnapshot", &extract_snapshot_json);
  emscripten::function("extractText", &extract_text_json);
}
