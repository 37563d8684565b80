// A reader for flat JSON objects (a history record, winnow/history_record.h, in the wasm module
// and `winnow history` alike: strings, numbers, booleans, null; nested values are checked and
// skipped whole). Strict where a value is echoed as written: numbers and literals follow RFC
// 8259 and strings hold no raw control characters. Free of nlohmann::json, for the wasm module.
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
