// `compare`'s records: a DOC read into a Page and the record's id as JSON text; its answer comes
// as JSON text from the core's own serialiser (winnow/match.h), printed as it is. (`history`
// reads its records with the core's reader, winnow/history_record.h, as the wasm module does.)
#pragma once

#include <string>

#include "jsonl.h"
#include "winnow/extract.h"

namespace winnow::cli {

// The record's id as JSON text ("null" when missing).
std::string id_json(const json& rec);

// A DOC (design.md): {"title","text"} -> extract_text; {"url","html"} -> extract_html.
// `memory` (may be null): the site-template memory read and updated on the way.
Page page_of_doc(const json& doc, const std::string& url, templates::Memory* memory);

}  // namespace winnow::cli
