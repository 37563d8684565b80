// JSON Lines plumbing shared by every subcommand: read a line, hand the object to the
// command, write its answer (or an error line), keep going.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

#include <nlohmann/json.hpp>

namespace winnow::cli {

using json = nlohmann::json;

// Thrown by a handler for a record it cannot answer (missing or ill-typed field): the line
// gets {"id": ..., "error": what()} and the run goes on.
struct RecordError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The loop under every command: reads lines from `in` until its end or a stop signal
// (run_signals.h), skips blank ones, and writes handle(line, &id_json) for each (its invalid
// UTF-8 replaced first, never fatal) as one line to `out`, flushed. An exception from `handle`
// is answered {"id": id_json, "error": ...}: a handler sets id_json (JSON text, "null" until
// then) once it has read the record's id. Returns the number of lines answered so.
std::size_t for_each_line(std::istream& in, std::ostream& out,
                          const std::function<std::string(const std::string& line, std::string* id_json)>& handle);

// Reads JSON Lines with nlohmann::json: for each object calls `handle` and writes its result
// as one line to `out` (for_each_line). A line that is not a JSON object gets
// {"id": null, "error": ...}. Returns the number of lines answered with an error.
std::size_t for_each_record(std::istream& in, std::ostream& out,
                            const std::function<json(const json& rec)>& handle);

// The same, for handlers whose answer is already JSON text (the core's own serialisers, so
// the CLI prints byte for byte what the wasm module returns).
std::size_t for_each_record_text(std::istream& in, std::ostream& out,
                                 const std::function<std::string(const json& rec)>& handle);

// Field access that throws RecordError with a message naming the field.
std::string require_string(const json& rec, const char* field);
std::string optional_string(const json& rec, const char* field, const std::string& fallback = "");

// Serialises with invalid UTF-8 replaced (the page's own bytes may be broken).
std::string dump_line(const json& j);

// Value of `--name VALUE` in argv, or empty.
std::string flag_value(int argc, char** argv, const char* name);
bool has_flag(int argc, char** argv, const char* name);

}  // namespace winnow::cli
