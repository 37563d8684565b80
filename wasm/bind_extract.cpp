// Embind bindings of the one analysis: a DOM snapshot (snapshot.h) in, the core's extract answer
// out (winnow::to_json, byte-identical to `winnow extract`'s, with "id": null), each block
// carrying "node", the snapshot element index the content script maps back to its element.
//
//   new Module.SnapshotInput(capacity)   bytes JavaScript writes at .address() (handles.h)
//   Module.Templates.read(bytes)         a site-template memory from its bytes (unreadable: empty)
//   Module.analyze(input, length, templates | null) -> Uint8Array owned by JavaScript
//   Module.siteOf(url)                   design.md's site of an address (winnow::site_of)
//
// Judging with templates never changes them: extraction records the page into a copy.
// The History (bind_history.cpp) owns the reader's memory and hands out its site's part.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "handles.h"
#include "js_bytes.h"
#include "winnow/extract.h"
#include "winnow/url.h"

namespace {

using winnow::wasm::SnapshotInput;
using winnow::wasm::Templates;

emscripten::val analyze(const SnapshotInput& input, std::size_t length, const Templates* templates) {
  std::string_view snapshot = input.text(length);
  if (!templates) return winnow::wasm::to_bytes(winnow::to_json(winnow::extract_snapshot(snapshot, nullptr), "null"));
  winnow::templates::Memory copy = templates->memory;
  return winnow::wasm::to_bytes(winnow::to_json(winnow::extract_snapshot(snapshot, &copy), "null"));
}

Templates* read_templates(const emscripten::val& bytes) {
  auto* t = new Templates();
  t->memory.deserialize(winnow::wasm::bytes_of(bytes));
  return t;
}

emscripten::val templates_bytes(const Templates& t) { return winnow::wasm::to_bytes(t.memory.serialize()); }

}  // namespace

EMSCRIPTEN_BINDINGS(winnow_extract) {
  emscripten::class_<SnapshotInput>("SnapshotInput")
      .constructor<std::size_t>()
      .function("address", &SnapshotInput::address)
      .function("capacity", &SnapshotInput::capacity);
  emscripten::class_<Templates>("Templates")
      .class_function("read", &read_templates, emscripten::allow_raw_pointers())
      .function("bytes", &templates_bytes);
  emscripten::function("analyze", &analyze, emscripten::allow_raw_pointers());
  emscripten::function("siteOf", +[](const std::string& url) { return winnow::site_of(url); });
}
