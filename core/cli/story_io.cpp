#include "story_io.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <iostream>

#include "winnow/history.h"
#include "winnow/text.h"

namespace winnow::cli {

std::string id_json(const json& rec) {
  auto it = rec.find("id");
  if (it == rec.end()) return "null";
  return dump_line(*it);
}

Page page_of_doc(const json& doc, const std::string& url, templates::Memory* memory) {
  if (!doc.is_object()) throw RecordError("a DOC must be an object");
  if (doc.contains("html") && !doc["html"].is_null()) {
    std::string html = require_string(doc, "html");
    std::string u = optional_string(doc, "url", url);
    return extract_html(html, u, memory);
  }
  if (!doc.contains("text") || doc["text"].is_null())
    throw RecordError("missing field 'text' (or 'html')");
  std::string text = require_string(doc, "text");
  std::string title = optional_string(doc, "title");
  return extract_text(title, text, optional_string(doc, "url", url), memory);
}

std::int64_t parse_time(const json& rec, const char* field) {
  auto it = rec.find(field);
  if (it == rec.end() || it->is_null())
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  if (it->is_number()) {
    double v = it->get<double>();
    if (!std::isfinite(v)) throw RecordError(std::string("field '") + field + "' is not a time");
    constexpr double kFarest = 1e15;  // seconds: 30 million years either way; a wider cast overflows
    return static_cast<std::int64_t>(std::floor(std::clamp(v, -kFarest, kFarest)));
  }
  if (it->is_string()) {
    std::string s = it->get<std::string>();
    std::int64_t t;
    if (history::parse_time(s, &t)) return t;
  }
  throw RecordError(std::string("field '") + field +
                    "' must be an ISO 8601 date-time or seconds since the epoch");
}

}  // namespace winnow::cli
