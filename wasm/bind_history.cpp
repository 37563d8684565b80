// Embind bindings of the reader's history (winnow/history.h) for the extension's service
// worker. Bytes in and out as Uint8Array, records and answers as JSON strings: one crossing
// per call. Every decision stays in winnow_core. A snapshot comes as a SnapshotInput
// (handles.h), and the site-template memory goes out as a Templates for Module.analyze.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <chrono>
#include <string>

#include "js_bytes.h"
#include "handles.h"
#include "winnow/extract.h"
#include "winnow/history.h"
#include "winnow/templates.h"

namespace {

using emscripten::val;

using winnow::wasm::bytes_of;
using winnow::wasm::to_bytes;

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch()).count();
}

// A snapshot record read and its page analysed (HistoryHandle::read), its story not yet asked.
// page() answers as Module.analyze would, as bytes JavaScript owns.
struct Reading {
  Reading(winnow::history::Reading read, bool visiting)
      : r(std::move(read)), add(visiting), answer(r.error.empty() ? winnow::to_json(r.page, "null") : r.error) {}
  val page() const { return to_bytes(answer); }
  winnow::history::Reading r;
  bool add;
  std::string answer;
};

// The history together with its site-template memory, persisted as one byte string (the
// memory rides in the history's attachment).
class HistoryHandle {
 public:
  HistoryHandle() = default;

  // Null when the bytes are not a history this Winnow reads; load_error() then says why.
  // (No C++ exception crosses into JS: the module is built without exception catching,
  // which would route every call through JS trampolines.)
  static HistoryHandle* load(const val& bytes) {
    winnow::history::LoadReport rep;
    auto* h = new HistoryHandle();
    h->h_ = winnow::history::History::deserialize(bytes_of(bytes), &rep);
    if (!rep.ok) {
      delete h;
      last_load_error() = rep.problems.empty() ? "unreadable history" : rep.problems.front();
      return nullptr;
    }
    h->report_ = rep;
    if (!h->h_.attachment().empty()) h->memory_.deserialize(h->h_.attachment());
    return h;
  }

  static std::string& last_load_error() {
    static std::string error;
    return error;
  }
  static std::string load_error() { return last_load_error(); }

  // {"records":n,"skipped":n,"problems":[...]} of the last load.
  std::string load_report() const {
    std::string out = "{\"records\":" + std::to_string(report_.records) +
                      ",\"skipped\":" + std::to_string(report_.skipped) + ",\"problems\":[";
    for (std::size_t i = 0; i < report_.problems.size(); ++i)
      out += (i ? "," : "") + winnow::json_string(report_.problems[i]);
    return out + "]}";
  }

  std::string visit(const std::string& record) {
    return winnow::history::visit_record(h_, &memory_, record, true, now_seconds());
  }
  std::string lookup(const std::string& record) {
    return winnow::history::visit_record(h_, &memory_, record, false, now_seconds());
  }
  // A page's first pass in two steps over one analysis: read() analyses the record (its snapshot
  // the first `length` bytes of `input`), judged with the site's templates and, when
  // `visiting`, recorded into them; Reading.page() answers as Module.analyze would, and
  // story(reading) then as visit() (visiting) or lookup() would. Null never: a record that
  // cannot be read answers its error from both.
  Reading* read(const std::string& record, const winnow::wasm::SnapshotInput& input, std::size_t length,
                bool visiting) {
    return new Reading(winnow::history::read_record(&memory_, record, input.text(length), visiting, now_seconds()),
                       visiting);
  }
  std::string story(const Reading& r) {
    if (!r.r.error.empty()) return r.r.error;
    return winnow::history::visit(h_, r.r.page, r.r.visit, r.r.sensitivity, r.add);
  }
  // Every page added with this id, or at this address.
  bool remove(const std::string& id_or_url) {
    bool a = h_.remove(winnow::json_string(id_or_url));
    bool b = h_.remove_url(winnow::history::normalize_url(id_or_url, ""));
    return a || b;
  }
  double retain(double min_time) { return static_cast<double>(h_.retain(static_cast<std::int64_t>(min_time), 0)); }
  double retain_count(double max_count) { return static_cast<double>(h_.retain(0, static_cast<std::size_t>(max_count))); }
  // The addresses of the pages held, as a JSON array: what the extension's page entries
  // (kept beside the core's bytes for export and the banner) must follow after a retention.
  std::string urls() const {
    std::string out = "[";
    for (std::size_t slot = 0, n = 0; n < h_.size(); ++slot) {
      if (!(h_.record(slot).flags & winnow::fingerprint::kRecordLive)) continue;
      out += (n++ ? "," : "") + winnow::json_string(h_.entry(slot).url);
    }
    return out + "]";
  }
  void clear() {
    h_.clear();
    memory_.clear();
  }
  double size() const { return static_cast<double>(h_.size()); }
  val serialize() {
    h_.set_attachment(memory_.serialize());
    return to_bytes(h_.serialize());
  }
  // A copy of the site's part of the template memory, owned by JavaScript: what the worker
  // judges a page with (Module.analyze), and, as bytes, what a content script's own passes get.
  // The memory is read, never recorded (the visit records), so an incognito page leaves no trace.
  winnow::wasm::Templates* site_templates(const std::string& url) const {
    return new winnow::wasm::Templates{memory_.site_only(winnow::site_of(url))};
  }

 private:
  winnow::history::History h_;
  winnow::templates::Memory memory_;
  winnow::history::LoadReport report_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(winnow_history) {
  emscripten::class_<Reading>("Reading").function("page", &Reading::page);
  emscripten::class_<HistoryHandle>("History")
      .constructor<>()
      .class_function("load", &HistoryHandle::load, emscripten::allow_raw_pointers())
      .class_function("loadError", &HistoryHandle::load_error)
      .function("loadReport", &HistoryHandle::load_report)
      .function("visit", &HistoryHandle::visit)
      .function("lookup", &HistoryHandle::lookup)
      .function("read", &HistoryHandle::read, emscripten::allow_raw_pointers())
      .function("story", &HistoryHandle::story)
      .function("remove", &HistoryHandle::remove)
      .function("retain", &HistoryHandle::retain)
      .function("retainCount", &HistoryHandle::retain_count)
      .function("urls", &HistoryHandle::urls)
      .function("clear", &HistoryHandle::clear)
      .function("size", &HistoryHandle::size)
      .function("serialize", &HistoryHandle::serialize)
      .function("siteTemplates", &HistoryHandle::site_templates, emscripten::allow_raw_pointers());
}
