// design.md's time: an ISO 8601 date-time, or seconds since the Unix epoch.
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

#include "winnow/history.h"

namespace winnow::history {
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

bool parse_time(std::string_view text, std::int64_t* out) {
  std::string s(text);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.erase(s.begin());
  if (s.empty()) return false;
  if (parse_iso(s, out)) return true;
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end && *end == '\0' && std::isfinite(v) && std::fabs(v) < 1e15) {
    *out = static_cast<std::int64_t>(std::floor(v));
    return true;
  }
  return false;
}

}  // namespace winnow::history
