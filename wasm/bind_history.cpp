// Embind bindings of the reader's history (winnow/history.h) for the extension's service
// worker. Bytes in and out as Uint8Array, records and answers as JSON strings: one crossing
// per call. Every decision stays in winnow_core.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <chrono>
#include <string>

#include "js_bytes.h"
#include "snapshot_buffer.h"
#include "winnow/extract.h"
#include "winnow/history.h"
#include "winnow/snapshot.h"
#include "winnow/templates.h"

namespace {

using emscripten::val;

using winnow::wasm::bytes_of;
using winnow::wasm::to_bytes;

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch()).count();
}

// A snapshot record read and its page analysed (HistoryHandle::readBuffer), its story not yet
// asked. pageBytes() views the page's answer (as analyzeSnapshot's) while the Reading lives.
struct Reading {
  Reading(winnow::history::Reading read, bool visiting)
      : r(std::move(read)), add(visiting), answer(r.error.empty() ? winnow::to_json(r.page, "null") : r.error) {}
  val page_bytes() const { return winnow::wasm::view_of(answer); }
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
      out += (i ? "," : "") + winnow::match::json_string(report_.problems[i]);
    return out + "]}";
  }

  std::string visit(const std::string& record) {
    return winnow::history::visit_record(h_, &memory_, record, true, now_seconds());
  }
  std::string lookup(const std::string& record) {
    return winnow::history::visit_record(h_, &memory_, record, false, now_seconds());
  }
  // A page's first pass in two steps over one analysis: readBuffer() analyses the record (its
  // snapshot the `bytes` written into Module.snapshotBuffer, as Module.extractSnapshotBuffer
  // takes it), judged with the site's templates and, when `visiting`, recorded into them;
  // Reading.pageBytes() answers as analyzeSnapshot() would, and story(reading) then as visit()
  // (visiting) or lookup() would. Null never: a record that cannot be read answers its error
  // from both.
  Reading* read_buffer(const std::string& record, std::size_t bytes, bool visiting) {
    return new Reading(winnow::history::read_record(&memory_, record, winnow::wasm::written_snapshot(bytes),
                                                    visiting, now_seconds()), visiting);
  }
  std::string story(const Reading& r) {
    if (!r.r.error.empty()) return r.r.error;
    return winnow::history::visit(h_, r.r.page, r.r.visit, r.r.sensitivity, r.add);
  }
  // Every page added with this id, or at this address.
  bool remove(const std::string& id_or_url) {
    bool a = h_.remove(winnow::match::json_string(id_or_url));
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
      if (!(h_.record(slot).flags & 1)) continue;
      out += (n++ ? "," : "") + winnow::match::json_string(h_.entry(slot).url);
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
  // The extract answer for a snapshot, judged with a copy of its site's template memory: the
  // memory is read, never recorded (the visit records), so an incognito page leaves no trace.
  // The snapshot: the `bytes` written into Module.snapshotBuffer; the answer viewed as bytes until
  // the next call.
  val analyze_snapshot_buffer(std::size_t bytes) {
    std::string_view snapshot = winnow::wasm::written_snapshot(bytes);
    winnow::templates::Memory copy = memory_.site_only(winnow::site_of(winnow::dom::snapshot_url(snapshot)));
    answer_ = winnow::to_json(winnow::extract_snapshot(snapshot, &copy), "null");
    return winnow::wasm::view_of(answer_);
  }
  // The same copy as bytes, for a content script's own passes (extractSnapshotWithTemplates).
  val site_templates(const std::string& url) const {
    return to_bytes(memory_.site_only(winnow::site_of(url)).serialize());
  }

 private:
  winnow::history::History h_;
  winnow::templates::Memory memory_;
  winnow::history::LoadReport report_;
  std::string answer_;  // analyzeSnapshotBuffer's last answer
};

std::string compare_text(const std::string& a_title, const std::string& a_text,
                         const std::string& b_title, const std::string& b_text) {
  winnow::Page a = winnow::extract_text(a_title, a_text, "", nullptr);
  winnow::Page b = winnow::extract_text(b_title, b_text, "", nullptr);
  return winnow::match::compare_json("null", winnow::match::compare_pages(a, b, winnow::match::Sensitivity::Normal));
}

}  // namespace

EMSCRIPTEN_BINDINGS(winnow_history) {
  emscripten::class_<Reading>("Reading").function("pageBytes", &Reading::page_bytes);
  emscripten::class_<HistoryHandle>("History")
      .constructor<>()
      .class_function("load", &HistoryHandle::load, emscripten::allow_raw_pointers())
      .class_function("loadError", &HistoryHandle::load_error)
      .function("loadReport", &HistoryHandle::load_report)
      .function("visit", &HistoryHandle::visit)
      .function("lookup", &HistoryHandle::lookup)
      .function("readBuffer", &HistoryHandle::read_buffer, emscripten::allow_raw_pointers())
      .function("story", &HistoryHandle::story)
      .function("remove", &HistoryHandle::remove)
      .function("retain", &HistoryHandle::retain)
      .function("retainCount", &HistoryHandle::retain_count)
      .function("urls", &HistoryHandle::urls)
      .function("clear", &HistoryHandle::clear)
      .function("size", &HistoryHandle::size)
      .function("serialize", &HistoryHandle::serialize)
      .function("analyzeSnapshotBuffer", &HistoryHandle::analyze_snapshot_buffer)
      .function("siteTemplates", &HistoryHandle::site_templates);
  emscripten::function("compareText", &compare_text);
}
