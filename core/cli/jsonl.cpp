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
// answers (nlohmann::json would sort the keys).
std::string error_line(const json& id, const std::string& what) {
  nlohmann::ordered_json j;
  j["id"] = id;
  j["error"] = what;
  std::string line = j.dump(-1, ' ', false, json::error_handler_t::replace);
  escape_line_breaks(line);
  return line;
}

}  // namespace

std::size_t for_each_record_text(std::istream& in, std::ostream& out,
                                 const std::function<std::string(const json& rec)>& handle) {
  std::size_t errors = 0;
  std::string line;
  while (!stop_signal() && std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json rec = json::parse(text::sanitize_utf8(line), nullptr, /*allow_exceptions=*/false);
    if (rec.is_discarded() || !rec.is_object()) {
      out << error_line(nullptr, "line is not a JSON object") << '\n' << std::flush;
      ++errors;
      continue;
    }
    json id = rec.contains("id") ? rec["id"] : json(nullptr);
    try {
      // flushed line by line: a reader that waits for each answer (or stops the run after
      // it) has every answer the core gave
      out << handle(rec) << '\n' << std::flush;
    } catch (const RecordError& e) {
      out << error_line(id, e.what()) << '\n' << std::flush;
      ++errors;
    } catch (const std::bad_alloc&) {
      out << error_line(id, "out of memory on this record") << '\n' << std::flush;
      ++errors;
    } catch (const std::exception& e) {
      out << error_line(id, std::string("internal error: ") + e.what()) << '\n' << std::flush;
      ++errors;
    }
  }
  out.flush();
  return errors;
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
