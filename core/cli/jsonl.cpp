#include "jsonl.h"

#include <cstring>
#include <iostream>
#include <string>

#include "winnow/text.h"

namespace winnow::cli {

std::string dump_line(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::size_t for_each_record(std::istream& in, std::ostream& out,
                            const std::function<json(const json& rec)>& handle) {
  std::size_t errors = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json reply;
    json rec = json::parse(text::sanitize_utf8(line), nullptr, /*allow_exceptions=*/false);
    if (rec.is_discarded() || !rec.is_object()) {
      reply = {{"id", nullptr}, {"error", "line is not a JSON object"}};
      ++errors;
    } else {
      json id = rec.contains("id") ? rec["id"] : json(nullptr);
      try {
        reply = handle(rec);
      } catch (const RecordError& e) {
        reply = {{"id", id}, {"error", e.what()}};
        ++errors;
      } catch (const std::bad_alloc&) {
        reply = {{"id", id}, {"error", "out of memory on this record"}};
        ++errors;
      } catch (const std::exception& e) {
        reply = {{"id", id}, {"error", std::string("internal error: ") + e.what()}};
        ++errors;
      }
    }
    out << dump_line(reply) << '\n';
  }
  out.flush();
  return errors;
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
