// The one reader of a history record, for `winnow history` and the wasm module alike:
// parse_record reads and checks its fields, read_page analyses its page (history.h's
// read_record and visit_record are these two steps with the module's defaults).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "winnow/history.h"

namespace winnow::history {

// A record read: {"id","url","time",["sensitivity"]} plus its page, which is a DOM "snapshot"
// (snapshot.h), the "html" markup (native builds only: the browser sends snapshots) or a text
// DOC's "text" and "title", tried in that order.
struct Record {
  Visit visit;
  match::Sensitivity sensitivity = match::Sensitivity::Normal;
  std::optional<std::string> snapshot, html, text, title;
};

// Reads `record_json` (one JSON object, valid UTF-8) into *out. Returns the answer for a record
// it cannot read, {"id":...,"error":"..."} naming the field at fault, else "". `now` stands in
// for a missing time and `sensitivity` for a missing one; with `snapshot_beside` the page comes
// apart from the record (the wasm module writes its bytes straight into its memory), so a
// record that also holds one is an error.
std::string parse_record(std::string_view record_json, std::int64_t now, match::Sensitivity sensitivity,
                         bool snapshot_beside, Record* out);

// The page of a record parse_record accepted (`snapshot_beside` as given to it), judged with
// the site-template `memory` (when given), which the page is recorded into when `add` and left
// as it was otherwise.
Page read_page(const Record& r, std::optional<std::string_view> snapshot_beside, templates::Memory* memory,
               bool add);

}  // namespace winnow::history
