// A reader for the flat JSON objects the wasm module is handed (a history record: strings,
// numbers, booleans, null; nested values are skipped whole). The native tool parses with
// nlohmann::json; this keeps the wasm module free of it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace winnow::flat_json {

struct Value {
  enum class Type { Null, Bool, Number, String, Other } type = Type::Null;
  std::string text;  // decoded string; number/bool as written
  std::string raw;   // the value's JSON text as written
};

struct Object {
  std::vector<std::pair<std::string, Value>> fields;
  const Value* find(std::string_view key) const;
};

// False (with `error`) when `json` is not one JSON object.
bool parse(std::string_view json, Object* out, std::string* error);

}  // namespace winnow::flat_json
