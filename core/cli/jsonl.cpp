// JSON Lines plumbing (jsonl.h): a line in, the command's answer or an error line out, in order.
#include "jsonl.h"

#include <cstring>
#include <iostream>
#include <string>

#include "run_signals.h"
#include "winnow/json_string.h"
#include "winnow/text.h"

namespace winnow::cli {

std::string dump_line(const json& j) {
  std::string line = j.dump(-1, ' ', false, json::error_handler_t::replace);
  escape_line_breaks(line);
  return line;
}

namespace {

// {"id": ..., "error": ...} with the id first, as design.md writes it and the wasm module
// answers.
std::string error_line(const std::string& id_json, const std::string& what) {
  return "{\"id\":" + id_json + ",\"error\":" + json_string(what) + "}";
}

}  // namespace

std::size_t for_each_line(std::istream& in, std::ostream& out,
                          const std::function<std::string(const std::string& line, std::string* id_json)>& handle) {
  std::size_t errors = 0;
  std::string line;
  while (!stop_signal() && std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string id_json = "null";
    std::string answer;
    try {
      answer = handle(text::sanitize_utf8(line), &id_json);
    } catch (const RecordError& e) {
      answer = error_line(id_json, e.what());
      ++errors;
    } catch (const std::bad_alloc&) {
      answer = error_line(id_json, "out of memory on this record");
      ++errors;
    } catch (const std::exception& e) {
      answer = error_line(id_json, std::string("internal error: ") + e.what());
      ++errors;
    }
    // flushed line by line: a reader that waits for each answer (or stops the run after it)
    // has every answer the core gave
    out << answer << '\n' << std::flush;
  }
  out.flush();
  return errors;
}

std::size_t for_each_record_text(std::istream& in, std::ostream& out,
                                 const std::function<std::string(const json& rec)>& handle) {
  return for_each_line(in, out, [&](const std::string& line, std::string* id_json) {
    json rec = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (rec.is_discarded() || !rec.is_object()) throw RecordError("line is not a JSON object");
    if (auto id = rec.find("id"); id != rec.end()) *id_json = dump_line(*id);
    return handle(rec);
  });
}

std::size_t for_each_record(std::istream& in, std::ostream& out,
                            const std::function<json(const json& rec)>& handle) {
  return for_each_record_text(in, out, [&](const json& rec) { return dump_line(handle(rec)); });
}

std::string require_string(const json& rec, const char* field) {
  auto it = rec.find(field);
  if (it == rec.end() || it->is_null()) throw RecordError(std::string("missing field '") + field + "'");
  if (!it->is_string()) throw RecordError(std::string("field '") + field + "' must be a string");
  return it->get<std::string>();
}

std::string optional_string(const json& rec, const char* field, const std::string& fallback) {
  auto it = rec.find(field);
  if (it == rec.end() || it->is_null()) return fallback;
  if (!it->is_string()) throw RecordError(std::string("field '") + field + "' must be a string");
  return it->get<std::string>();
}

std::string flag_value(int argc, char** argv, const char* name) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return argv[i + 1];
  return {};
}

bool has_flag(int argc, char** argv, const char* name) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return true;
  return false;
}

}  // namespace winnow::cli
