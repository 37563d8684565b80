// Embind bindings for boilerplate marking (issue 3). One string crosses per call: the content
// script's snapshot in, the core's own JSON answer (winnow::to_json, byte-identical to
// `winnow extract`'s, with "id": null) out. Each block carries "node", the snapshot element
// index the content script maps back to its element.
//
//   Module.extractSnapshot(snapshot)            -> JSON string
//   Module.extractText(title, text, url)        -> JSON string (text DOC, pasted chrome judged)
//   Module.extractSnapshotWithTemplates(snapshot, bytes) -> JSON string, judged with a copy of
//       the site-template memory (History.siteTemplates(url)); the copy is read, never kept
// The site-template memory has one owner, the History (bind_history.cpp), which reads and
// updates it as pages are visited and persists it inside its own bytes.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "winnow/extract.h"
#include "winnow/templates.h"

namespace {

std::string extract_snapshot_json(const std::string& snapshot) {
  return winnow::to_json(winnow::extract_snapshot(snapshot, nullptr), "null");
}

// Unreadable bytes leave the memory empty: the page is then judged on its own.
std::string extract_snapshot_templates_json(const std::string& snapshot, const emscripten::val& bytes) {
  std::string b;
  unsigned n = bytes["length"].as<unsigned>();
  b.resize(n);
  if (n) emscripten::val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(b.data()))).call<void>("set", bytes);
  winnow::templates::Memory memory;
  memory.deserialize(b);
  return winnow::to_json(winnow::extract_snapshot(snapshot, &memory), "null");
}

std::string extract_text_json(const std::string& title, const std::string& text, const std::string& url) {
  return winnow::to_json(winnow::extract_text(title, text, url, nullptr), "null");
}

}  // namespace

EMSCRIPTEN_BINDINGS(winnow_extract) {
  emscripten::function("extractSnapshot", &extract_snapshot_json);
  emscripten::function("extractSnapshotWithTemplates", &extract_snapshot_templates_json);
  emscripten::function("extractText", &extract_text_json);
}
