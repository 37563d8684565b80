// The one reader of a history record, shared by `winnow history` and the wasm module:
// parse_record checks its fields, read_page analyses its page, visit_record does both and visit().
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "winnow/extract.h"
#include "winnow/flat_json.h"
#include "winnow/history.h"
#include "winnow/history_record.h"
#include "winnow/snapshot.h"
#include "winnow/templates.h"

namespace winnow::history {
namespace {

using Type = flat_json::Value::Type;

#ifdef __EMSCRIPTEN__
constexpr bool kReadsHtml = false;  // the browser sends a DOM snapshot; the HTML parser is native-only
constexpr const char* kMissingPage = "missing field 'text' (or 'snapshot')";
#else
constexpr bool kReadsHtml = true;
constexpr const char* kMissingPage = "missing field 'text' (or 'html' or 'snapshot')";
#endif

// Seconds either way (30 million years) a numeric time is clamped to: a wider cast overflows,
// and a time that far off means nothing the history keeps anyway.
constexpr double kFarthestSeconds = 1e15;

std::string error_json(const std::string& id_json, const std::string& what) {
  return "{\"id\":" + id_json + ",\"error\":" + match::json_string(what) + "}";
}

// JSON text without the whitespace between tokens (strings kept as written), so an array or
// object id is echoed as compactly as any serialiser writes it.
std::string compact_json(std::string_view raw) {
  std::string out;
  bool in_string = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < raw.size()) out += raw[++i];
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
      out += c;
    } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
      out += c;
    }
  }
  return out;
}

std::string id_json(const flat_json::Value& id) {
  if (id.type == Type::String) return match::json_string(id.text);
  return id.type == Type::Other ? compact_json(id.raw) : id.raw;
}

// The field's string, moved out of `o`; nullopt when missing or null, and then `err` is set
// when the field holds anything but a string.
std::optional<std::string> string_field(flat_json::Object& o, const char* key, std::string* err) {
  for (auto& [name, v] : o.fields) {
    if (name != key) continue;  // the first field of the name counts, as flat_json::Object::find
    if (v.type == Type::Null) return std::nullopt;
    if (v.type == Type::String) return std::move(v.text);
    *err = std::string("field '") + key + "' must be a string";
    return std::nullopt;
  }
  return std::nullopt;
}

// design.md's time: ISO 8601 or decimal seconds as a string, or a JSON number of seconds.
bool read_time(const flat_json::Value& t, std::int64_t* out) {
  if (t.type == Type::String) return parse_time(t.text, out);
  if (t.type != Type::Number) return false;
  char* end = nullptr;
  const double v = std::strtod(t.text.c_str(), &end);
  if (end != t.text.c_str() + t.text.size() || !std::isfinite(v)) return false;
  *out = static_cast<std::int64_t>(std::floor(std::clamp(v, -kFarthestSeconds, kFarthestSeconds)));
  return true;
}

}  // namespace

std::string parse_record(std::string_view record_json, std::int64_t now, match::Sensitivity sensitivity,
                         bool snapshot_beside, Record* out) {
  flat_json::Object o;
  std::string err;
  if (!flat_json::parse(record_json, &o, &err)) return error_json("null", err);
  Record& r = *out;
  r = Record{};
  Visit& v = r.visit;
  if (const flat_json::Value* id = o.find("id")) v.id_json = id_json(*id);
  if (auto url = string_field(o, "url", &err)) v.url = std::move(*url);
  v.time = now;
  if (const flat_json::Value* t = o.find("time"); t && t->type != Type::Null && !read_time(*t, &v.time))
    return error_json(v.id_json, "field 'time' must be an ISO 8601 date-time or seconds since the epoch");
  r.sensitivity = sensitivity;
  if (auto s = string_field(o, "sensitivity", &err); s && !match::parse_sensitivity(*s, &r.sensitivity))
    return error_json(v.id_json, "field 'sensitivity' must be low, normal or high");
  r.snapshot = string_field(o, "snapshot", &err);
  if (kReadsHtml) r.html = string_field(o, "html", &err);
  r.text = string_field(o, "text", &err);
  r.title = string_field(o, "title", &err);
  if (!err.empty()) return error_json(v.id_json, err);
  if (snapshot_beside && r.snapshot) return error_json(v.id_json, "a snapshot both in the record and beside it");
  if (!snapshot_beside && !r.snapshot && !r.html && !r.text) return error_json(v.id_json, kMissingPage);
  v.text_doc = !snapshot_beside && !r.snapshot && !r.html;
  return {};
}

Page read_page(const Record& r, std::optional<std::string_view> snapshot_beside, templates::Memory* memory,
               bool add) {
  // A lookup judges the page with a copy of its site's memory and records nothing.
  templates::Memory copy;
  if (memory && !add) {
    copy = memory->site_only(site_of(r.visit.url));
    memory = &copy;
  }
  if (snapshot_beside) return extract_tree(dom::from_snapshot(*snapshot_beside), r.visit.url, memory);
  if (r.snapshot) return extract_tree(dom::from_snapshot(*r.snapshot), r.visit.url, memory);
#ifndef __EMSCRIPTEN__
  if (r.html) return extract_html(*r.html, r.visit.url, memory);
#endif
  return extract_text(r.title.value_or(std::string()), *r.text, r.visit.url, memory);
}

namespace {

Reading read(templates::Memory* memory, std::string_view record_json, std::optional<std::string_view> beside,
             bool add, std::int64_t now) {
  Reading reading;
  Record r;
  reading.error = parse_record(record_json, now, match::Sensitivity::Normal, beside.has_value(), &r);
  if (!reading.error.empty()) return reading;
  reading.page = read_page(r, beside, memory, add);
  reading.visit = std::move(r.visit);
  reading.sensitivity = r.sensitivity;
  return reading;
}

}  // namespace

Reading read_record(templates::Memory* memory, std::string_view record_json, bool add, std::int64_t now) {
  return read(memory, record_json, std::nullopt, add, now);
}

Reading read_record(templates::Memory* memory, std::string_view record_json, std::string_view snapshot,
                    bool add, std::int64_t now) {
  return read(memory, record_json, snapshot, add, now);
}

std::string visit_record(History& history, templates::Memory* memory, std::string_view record_json,
                         bool add, std::int64_t now) {
  Reading r = read_record(memory, record_json, add, now);
  if (!r.error.empty()) return r.error;
  return visit(history, r.page, r.visit, r.sensitivity, add);
}

}  // namespace winnow::history
