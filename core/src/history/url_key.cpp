// The address a page is recognised by again (design.md: tracking parameters and the fragment
// dropped, a <link rel=canonical> on the page's own site wins over the address).
#include <algorithm>
#include <cctype>
#include <string>

#include "winnow/extract.h"
#include "winnow/history.h"

namespace winnow::history {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool tracking(std::string_view param) {
  std::string_view name = param.substr(0, param.find('='));
  std::string n = lower(name);
  return n.rfind("utm_", 0) == 0 || n == "fbclid" || n == "gclid";
}

// "https://Host.Example/path?q#f" -> scheme and host lower-cased, the rest kept.
std::string tidy(std::string_view url) {
  std::size_t hash = url.find('#');
  if (hash != std::string_view::npos) url = url.substr(0, hash);
  std::string out;
  std::size_t scheme_end = url.find("://");
  std::size_t host_begin = 0;
  if (scheme_end != std::string_view::npos) {
    out = lower(url.substr(0, scheme_end + 3));
    host_begin = scheme_end + 3;
  }
  std::size_t host_end = url.find_first_of("/?", host_begin);
  if (host_end == std::string_view::npos) host_end = url.size();
  out += lower(url.substr(host_begin, host_end - host_begin));
  std::string_view rest = url.substr(host_end);
  std::size_t q = rest.find('?');
  out += rest.substr(0, q);
  if (q != std::string_view::npos) {
    std::string_view query = rest.substr(q + 1);
    std::string kept;
    while (!query.empty()) {
      std::size_t amp = query.find('&');
      std::string_view param = query.substr(0, amp);
      if (!param.empty() && !tracking(param)) {
        kept += kept.empty() ? "?" : "&";
        kept += param;
      }
      if (amp == std::string_view::npos) break;
      query = query.substr(amp + 1);
    }
    out += kept;
  }
  return out;
}

// The canonical link resolved against the address, or "" when it cannot be.
std::string resolve(std::string_view url, std::string_view canonical) {
  if (canonical.find("://") != std::string_view::npos) return std::string(canonical);
  std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return {};
  if (canonical.rfind("//", 0) == 0) return std::string(url.substr(0, scheme_end + 1)) + std::string(canonical);
  if (canonical.front() != '/') return {};
  std::size_t host_end = url.find('/', scheme_end + 3);
  std::string_view origin = host_end == std::string_view::npos ? url : url.substr(0, host_end);
  return std::string(origin) + std::string(canonical);
}

}  // namespace

// A canonical link naming another site is ignored: a page could otherwise claim any address
// as its identity, learn whether it was read, and be recorded under it.
std::string normalize_url(std::string_view url, std::string_view canonical) {
  auto trim = [](std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
  };
  url = trim(url);
  canonical = trim(canonical);
  if (!canonical.empty()) {
    std::string resolved = resolve(url, canonical);
    if (!resolved.empty() && site_of(resolved) == site_of(url)) return tidy(resolved);
  }
  return tidy(url);
}

}  // namespace winnow::history
