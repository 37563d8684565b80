// `compare`'s DOC reader and the id it echoes (story_io.h).
#include "story_io.h"

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

}  // namespace winnow::cli
