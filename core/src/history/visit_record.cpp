// The wasm module's reading step: one JSON record in, one JSON answer out (strings cross the
// boundary once per call). The CLI reads its records with nlohmann::json and calls visit().
#include <optional>

#include "winnow/extract.h"
#include "winnow/flat_json.h"
#include "winnow/history.h"
#include "winnow/snapshot.h"
#include "winnow/templates.h"

namespace winnow::history {
namespace {

std::string error_json(const std::string& id_json, const std::string& what) {
  return "{\"id\":" + id_json + ",\"error\":" + match::json_string(what) + "}";
}

const std::string* string_field(const flat_json::Object& o, const char* key, std::string* err) {
  const flat_json::Value* v = o.find(key);
  if (!v || v->type == flat_json::Value::Type::Null) return nullptr;
  if (v->type != flat_json::Value::Type::String) {
    *err = std::string("field '") + key + "' must be a string";
    return nullptr;
  }
  return &v->text;
}

// `beside`: the snapshot when it comes apart from the record.
Reading read(templates::Memory* memory, std::string_view record_json, std::optional<std::string_view> beside,
             bool add, std::int64_t now) {
  Reading r;
  auto fail = [&](const std::string& id_json, const std::string& what) {
    r.error = error_json(id_json, what);
    return std::move(r);
  };
  flat_json::Object o;
  std::string err;
  if (!flat_json::parse(record_json, &o, &err)) return fail("null", err);
  Visit& v = r.visit;
  if (const flat_json::Value* id = o.find("id"))
    v.id_json = id->type == flat_json::Value::Type::String ? match::json_string(id->text) : id->raw;
  if (const std::string* url = string_field(o, "url", &err)) v.url = *url;
  v.time = now;
  if (const flat_json::Value* t = o.find("time"); t && t->type != flat_json::Value::Type::Null) {
    if ((t->type != flat_json::Value::Type::String && t->type != flat_json::Value::Type::Number) ||
        !parse_time(t->text, &v.time))
      return fail(v.id_json, "field 'time' must be an ISO 8601 date-time or seconds since the epoch");
  }
  if (const std::string* s = string_field(o, "sensitivity", &err); s && !match::parse_sensitivity(*s, &r.sensitivity))
    return fail(v.id_json, "field 'sensitivity' must be low, normal or high");
  const std::string* in_record = string_field(o, "snapshot", &err);
  const std::string* text = string_field(o, "text", &err);
  const std::string* title = string_field(o, "title", &err);
  if (!err.empty()) return fail(v.id_json, err);
  if (beside && in_record) return fail(v.id_json, "a snapshot both in the record and beside it");
  std::optional<std::string_view> snapshot = beside;
  if (in_record) snapshot = *in_record;
  if (!snapshot && !text) return fail(v.id_json, "missing field 'text' (or 'snapshot')");
  // A lookup judges the page with a copy of its site's memory and records nothing.
  templates::Memory copy;
  if (memory && !add) {
    copy = memory->site_only(site_of(v.url));
    memory = &copy;
  }
  if (snapshot) {
    r.page = extract_tree(dom::from_snapshot(*snapshot), v.url, memory);
  } else {
    r.page = extract_text(title ? *title : std::string(), *text, v.url, memory);
    v.text_doc = true;
  }
  return r;
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
