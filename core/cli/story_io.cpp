#include "story_io.h"

#include <cctype>
#include <chrono>
#include <cmath>
#include <iostream>

#include "winnow/text.h"

namespace winnow::cli {

std::size_t for_each_record_text(std::istream& in, std::ostream& out,
                                 const std::function<std::string(const json& rec)>& handle) {
  std::size_t errors = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json rec = json::parse(text::sanitize_utf8(line), nullptr, /*allow_exceptions=*/false);
    if (rec.is_discarded() || !rec.is_object()) {
      out << dump_line({{"id", nullptr}, {"error", "line is not a JSON object"}}) << '\n';
      ++errors;
      continue;
    }
    json id = rec.contains("id") ? rec["id"] : json(nullptr);
    try {
      out << handle(rec) << '\n';
    } catch (const RecordError& e) {
      out << dump_line({{"id", id}, {"error", e.what()}}) << '\n';
      ++errors;
    } catch (const std::exception& e) {
      out << dump_line({{"id", id}, {"error", std::string("internal error: ") + e.what()}}) << '\n';
      ++errors;
    }
  }
  out.flush();
  return errors;
}

std::string id_json(const json& rec) {
  auto it = rec.find("id");
  if (it == rec.end()) return "null";
  return dump_line(*it);
}

Page page_of_doc(const json& doc, const std::string& url) {
  if (!doc.is_object()) throw RecordError("a DOC must be an object");
  if (doc.contains("html") && !doc["html"].is_null()) {
    std::string html = require_string(doc, "html");
    std::string u = optional_string(doc, "url", url);
    return extract_html(html, u, nullptr);
  }
  if (!doc.contains("text") || doc["text"].is_null())
    throw RecordError("missing field 'text' (or 'html')");
  std::string text = require_string(doc, "text");
  std::string title = optional_string(doc, "title");
  return extract_text(title, text, optional_string(doc, "url", url), nullptr);
}

namespace {

// Days from 1970-01-01 to y-m-d (proleptic Gregorian).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool digits(const std::string& s, std::size_t at, std::size_t n, int* out) {
  if (at + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

bool parse_iso(const std::string& s, std::int64_t* out) {
  int y, mo, d, h = 0, mi = 0, se = 0;
  if (!digits(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, &mo) ||
      s[7] != '-' || !digits(s, 8, 2, &d) || mo < 1 || mo > 12 || d < 1 || d > 31)
    return false;
  std::size_t at = 10;
  std::int64_t offset = 0;
  if (at < s.size() && (s[at] == 'T' || s[at] == 't' || s[at] == ' ')) {
    if (!digits(s, at + 1, 2, &h) || at + 3 >= s.size() || s[at + 3] != ':' ||
        !digits(s, at + 4, 2, &mi))
      return false;
    at += 6;
    if (at < s.size() && s[at] == ':') {
      if (!digits(s, at + 1, 2, &se)) return false;
      at += 3;
      if (at < s.size() && (s[at] == '.' || s[at] == ',')) {
        ++at;
        while (at < s.size() && std::isdigit(static_cast<unsigned char>(s[at]))) ++at;
      }
    }
    if (h > 23 || mi > 59 || se > 60) return false;
    if (at < s.size()) {
      if (s[at] == 'Z' || s[at] == 'z') {
        ++at;
      } else if (s[at] == '+' || s[at] == '-') {
        int oh, om = 0;
        if (!digits(s, at + 1, 2, &oh)) return false;
        std::size_t k = at + 3;
        if (k < s.size() && s[k] == ':') ++k;
        if (k < s.size() && !digits(s, k, 2, &om)) return false;
        if (k < s.size()) k += 2;
        offset = (oh * 3600 + om * 60) * (s[at] == '+' ? 1 : -1);
        at = k;
      }
    }
  }
  if (at != s.size()) return false;
  *out = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 +
         h * 3600 + mi * 60 + se - offset;
  return true;
}

}  // namespace

std::int64_t parse_time(const json& rec, const char* field) {
  auto it = rec.find(field);
  if (it == rec.end() || it->is_null())
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  if (it->is_number()) {
    double v = it->get<double>();
    if (!std::isfinite(v)) throw RecordError(std::string("field '") + field + "' is not a time");
    return static_cast<std::int64_t>(std::floor(v));
  }
  if (it->is_string()) {
    std::string s = it->get<std::string>();
    std::int64_t t;
    if (parse_iso(s, &t)) return t;
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (!s.empty() && end && *end == '\0' && std::isfinite(v))
      return static_cast<std::int64_t>(std::floor(v));
  }
  throw RecordError(std::string("field '") + field +
                    "' must be an ISO 8601 date-time or seconds since the epoch");
}

}  // namespace winnow::cli
