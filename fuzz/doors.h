// What each fuzz target does with its input, shared with the Catch2 test that replays the
// committed crash inputs (tests/core/fuzz_regressions.cpp). Each door aborts when a promise
// of the door is broken; sanitizers catch the rest.
#pragma once

#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "winnow/extract.h"
#include "winnow/history.h"
#include "winnow/history_record.h"
#include "winnow/templates.h"

namespace winnow::fuzz {

// The browser's front door: any bytes as a DOM snapshot, analysed and answered.
inline void snapshot_door(std::string_view bytes) {
  templates::Memory memory;
  Page page = extract_snapshot(bytes, &memory);
  (void)to_json(page, "1");
}

#ifndef __EMSCRIPTEN__
// The native front door: any bytes as HTML, parsed, analysed and answered.
inline void html_door(std::string_view bytes) {
  Page page = extract_html(bytes, "https://fuzz.example/a", nullptr);
  (void)to_json(page, "1");
}
#endif

// The history file: any bytes load or are refused; what loads saves to bytes that load again
// to the same pages, without a problem reported.
inline void history_door(std::string_view bytes) {
  history::LoadReport rep;
  history::History h = history::History::deserialize(bytes, &rep);
  if (!rep.ok) return;
  std::string saved = h.serialize();
  history::LoadReport again;
  history::History back = history::History::deserialize(saved, &again);
  if (!again.ok || !again.problems.empty() || back.size() != h.size() || back.serialize() != saved) std::abort();
}

// The site-template memory file: any bytes load or are refused (leaving the memory empty);
// what loads saves to bytes that load again to the same memory.
inline void templates_door(std::string_view bytes) {
  templates::Memory m;
  if (!m.deserialize(bytes)) {
    if (m.sites() != 0) std::abort();
    return;
  }
  templates::Memory back;
  if (!back.deserialize(m.serialize()) || back.sites() != m.sites() || back.blocks() != m.blocks()) std::abort();
}

// A history record, read as `winnow history` and the wasm module read it (one reader,
// winnow/history_record.h): any bytes are answered with one JSON object naming an id, the
// page's answer or {"id","error"}, and a record that reads is added to the history.
inline void record_door(std::string_view bytes) {
  history::History h;
  templates::Memory memory;
  const std::string answer = history::visit_record(h, &memory, bytes, true, 0);
  const auto j = nlohmann::json::parse(answer, nullptr, /*allow_exceptions=*/false);  // another parser
  if (!j.is_object() || !j.contains("id")) std::abort();
}

}  // namespace winnow::fuzz
