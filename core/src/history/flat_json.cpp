// The flat JSON object reader of winnow/flat_json.h (a history record's fields, nested values
// skipped whole); covered by tests/core/history_record.cpp and [history].
#include "winnow/flat_json.h"

#include <cstdint>

namespace winnow::flat_json {
namespace {

struct P {
  std::string_view s;
  std::size_t at = 0;
  void ws() {
    while (at < s.size() && (s[at] == ' ' || s[at] == '\t' || s[at] == '\n' || s[at] == '\r')) ++at;
  }
  bool eat(char c) {
    ws();
    if (at < s.size() && s[at] == c) { ++at; return true; }
    return false;
  }
  static void utf8(std::uint32_t cp, std::string& out) {
    if (cp < 0x80) out.push_back(static_cast<char>(cp));
    else if (cp < 0x800) { out.push_back(static_cast<char>(0xc0 | (cp >> 6))); out.push_back(static_cast<char>(0x80 | (cp & 0x3f))); }
    else if (cp < 0x10000) { out.push_back(static_cast<char>(0xe0 | (cp >> 12))); out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f))); out.push_back(static_cast<char>(0x80 | (cp & 0x3f))); }
    else { out.push_back(static_cast<char>(0xf0 | (cp >> 18))); out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f))); out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f))); out.push_back(static_cast<char>(0x80 | (cp & 0x3f))); }
  }
  bool hex4(std::uint32_t* v) {
    if (at + 4 > s.size()) return false;
    *v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = s[at++];
      *v <<= 4;
      if (c >= '0' && c <= '9') *v |= c - '0';
      else if (c >= 'a' && c <= 'f') *v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') *v |= c - 'A' + 10;
      else return false;
    }
    return true;
  }
  bool string(std::string* out) {
    ws();
    if (at >= s.size() || s[at] != '"') return false;
    ++at;
    while (at < s.size()) {
      char c = s[at++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return false;  // JSON escapes control characters
      if (c != '\\') { out->push_back(c); continue; }
      if (at >= s.size()) return false;
      char e = s[at++];
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          std::uint32_t cp;
          if (!hex4(&cp)) return false;
          if (cp >= 0xd800 && cp < 0xdc00 && at + 6 <= s.size() && s[at] == '\\' && s[at + 1] == 'u') {
            at += 2;
            std::uint32_t lo;
            if (!hex4(&lo)) return false;
            cp = (lo >= 0xdc00 && lo < 0xe000) ? 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00) : 0xfffd;
          } else if (cp >= 0xd800 && cp < 0xe000) {
            cp = 0xfffd;
          }
          utf8(cp, *out);
          break;
        }
        default: return false;
      }
    }
    return false;
  }
  // Skips any value (nested included); true when well-formed.
  bool skip(int depth = 0) {
    ws();
    if (at >= s.size() || depth > 64) return false;
    char c = s[at];
    if (c == '"') { std::string tmp; return string(&tmp); }
    if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      ++at;
      if (eat(close)) return true;
      do {
        if (c == '{') { std::string k; if (!string(&k) || !eat(':')) return false; }
        if (!skip(depth + 1)) return false;
      } while (eat(','));
      return eat(close);
    }
    std::size_t b = at;
    while (at < s.size() && s[at] != ',' && s[at] != '}' && s[at] != ']' && s[at] != ' ' &&
           s[at] != '\n' && s[at] != '\t' && s[at] != '\r')
      ++at;
    return scalar(s.substr(b, at - b));
  }
  // true, false, null or a JSON number (RFC 8259): a value echoed as written stays JSON.
  static bool scalar(std::string_view t) {
    if (t == "true" || t == "false" || t == "null") return true;
    std::size_t i = 0;
    auto digits = [&] {
      const std::size_t from = i;
      while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
      return i > from;
    };
    if (i < t.size() && t[i] == '-') ++i;
    if (i < t.size() && t[i] == '0') ++i;
    else if (!digits()) return false;
    if (i < t.size() && t[i] == '.' && (++i, !digits())) return false;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
      ++i;
      if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
      if (!digits()) return false;
    }
    return i == t.size();
  }
};

}  // namespace

const Value* Object::find(std::string_view key) const {
  for (const auto& [k, v] : fields)
    if (k == key) return &v;
  return nullptr;
}

bool parse(std::string_view json, Object* out, std::string* error) {
  P p{json};
  auto fail = [&](const char* why) {
    if (error) *error = why;
    return false;
  };
  out->fields.clear();
  if (!p.eat('{')) return fail("not a JSON object");
  if (!p.eat('}')) {
    do {
      std::string key;
      if (!p.string(&key) || !p.eat(':')) return fail("malformed JSON object");
      p.ws();
      Value v;
      std::size_t b = p.at;
      char c = p.at < json.size() ? json[p.at] : '\0';
      if (c == '"') {
        if (!p.string(&v.text)) return fail("malformed JSON string");
        v.type = Value::Type::String;
      } else {
        if (!p.skip()) return fail("malformed JSON value");
        std::string_view tok = json.substr(b, p.at - b);
        if (tok == "null") v.type = Value::Type::Null;
        else if (tok == "true" || tok == "false") v.type = Value::Type::Bool;
        else if (c == '-' || (c >= '0' && c <= '9')) v.type = Value::Type::Number;
        else if (c == '{' || c == '[') v.type = Value::Type::Other;
        else return fail("malformed JSON value");
        v.text = std::string(tok);
      }
      v.raw = std::string(json.substr(b, p.at - b));
      out->fields.emplace_back(std::move(key), std::move(v));
    } while (p.eat(','));
    if (!p.eat('}')) return fail("malformed JSON object");
  }
  p.ws();
  if (p.at != json.size()) return fail("text after the JSON object");
  return true;
}

}  // namespace winnow::flat_json
