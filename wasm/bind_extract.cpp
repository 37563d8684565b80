// Embind bindings for boilerplate marking (issue 3). One snapshot crosses per call: the content
// script's snapshot in, the core's own JSON answer (winnow::to_json, byte-identical to
// `winnow extract`'s, with "id": null) out. Each block carries "node", the snapshot element
// index the content script maps back to its element.
//
//   Module.extractSnapshot(snapshot)            -> JSON string
//   Module.extractSnapshotWithTemplates(snapshot, bytes) -> JSON string, judged with a copy of
//       the site-template memory (History.siteTemplates(url)); the copy is read, never kept
//   Module.snapshotBuffer(bytes)                -> address of a buffer of that many bytes
//   Module.extractSnapshotBuffer(bytes, templates) -> the JSON answer as a Uint8Array view;
//       templates: the bytes of History.siteTemplates(url), or null
//   Module.extractText(title, text, url)        -> JSON string (text DOC, pasted chrome judged)
// The buffer pair is the fast door extension/lib/core.js uses: the snapshot's UTF-8 is written
// straight into wasm memory (TextEncoder.encodeInto) and the answer read back as bytes
// (TextDecoder). Embind's std::string conversion encodes and decodes character by character
// in JavaScript, which took a fifth of the whole call. The view stays valid until the next
// call on this module. The History's snapshot calls (readBuffer, analyzeSnapshotBuffer) read
// the same buffer (snapshot_buffer.h).
// The site-template memory has one owner, the History (bind_history.cpp), which reads and
// updates it as pages are visited and persists it inside its own bytes.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>

#include "js_bytes.h"
#include "snapshot_buffer.h"
#include "winnow/extract.h"
#include "winnow/templates.h"

namespace {

std::unique_ptr<char[]> g_input;  // the snapshot bytes JavaScript writes (not zeroed first)
std::size_t g_input_size = 0;
std::string g_answer;             // the last answer, viewed by JavaScript

// The answer judged with the site-template memory in `templates` (the bytes of
// History.siteTemplates(url)), or alone when it is null. The memory is a throwaway copy:
// extraction records the page into it. Unreadable bytes leave it empty.
std::string answer(std::string_view snapshot, const emscripten::val& templates) {
  if (templates.isNull() || templates.isUndefined())
    return winnow::to_json(winnow::extract_snapshot(snapshot, nullptr), "null");
  winnow::templates::Memory memory;
  memory.deserialize(winnow::wasm::bytes_of(templates));
  return winnow::to_json(winnow::extract_snapshot(snapshot, &memory), "null");
}

std::string extract_snapshot_json(const std::string& snapshot) { return answer(snapshot, emscripten::val::null()); }

std::string extract_snapshot_templates_json(const std::string& snapshot, const emscripten::val& bytes) {
  return answer(snapshot, bytes);
}

// A buffer grown for a very large page is given back at the next, smaller one: pages differ
// wildly in size, and the largest should not stay pinned for good.
std::uintptr_t snapshot_buffer(std::size_t bytes) {
  const bool oversized = g_input_size > (std::size_t{8} << 20) && bytes < g_input_size / 2;
  if (bytes > g_input_size || !g_input || oversized) {
    g_input.reset(new char[bytes + 1]);
    g_input_size = bytes;
  }
  return reinterpret_cast<std::uintptr_t>(g_input.get());
}

emscripten::val extract_snapshot_buffer(std::size_t bytes, const emscripten::val& templates) {
  g_answer = answer(winnow::wasm::written_snapshot(bytes), templates);
  return winnow::wasm::view_of(g_answer);
}

std::string extract_text_json(const std::string& title, const std::string& text, const std::string& url) {
  return winnow::to_json(winnow::extract_text(title, text, url, nullptr), "null");
}

}  // namespace

namespace winnow::wasm {

std::string_view written_snapshot(std::size_t bytes) {
  return {g_input.get(), g_input ? std::min(bytes, g_input_size) : 0};
}

}  // namespace winnow::wasm

EMSCRIPTEN_BINDINGS(winnow_extract) {
  emscripten::function("extractSnapshot", &extract_snapshot_json);
  emscripten::function("extractSnapshotWithTemplates", &extract_snapshot_templates_json);
  emscripten::function("snapshotBuffer", &snapshot_buffer);
  emscripten::function("extractSnapshotBuffer", &extract_snapshot_buffer);
  emscripten::function("extractText", &extract_text_json);
}
