// Shared plumbing of `compare` and `history`: their answers come as JSON text from the core's
// own serialiser (winnow/match.h), so the CLI prints them as they are, byte for byte what the
// wasm module returns.
#pragma once

#include <cstdint>
#include <string>

#include "jsonl.h"
#include "winnow/extract.h"

namespace winnow::cli {

// The record's id as JSON text ("null" when missing).
std::string id_json(const json& rec);

// A DOC (design.md): {"title","text"} -> extract_text; {"url","html"} -> extract_html.
// `memory` (may be null): the site-template memory read and updated on the way.
Page page_of_doc(const json& doc, const std::string& url, templates::Memory* memory);

// design.md time: ISO 8601 date-time or seconds since the epoch; missing (null) means now.
// Throws RecordError on anything else.
std::int64_t parse_time(const json& rec, const char* field);

}  // namespace winnow::cli
