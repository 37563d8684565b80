// The address a page is recognised by again (design.md: tracking parameters and the fragment
// dropped, a <link rel=canonical> on the page's own site wins over the address).
#include <cctype>
#include <string>

#include "winnow/history.h"
#include "winnow/url.h"

namespace winnow::history {
namespace {

bool tracking(std::string_view param) {
  std::string n = ascii_lower(param.substr(0, param.find('=')));
  return n.rfind("utm_", 0) == 0 || n == "fbclid" || n == "gclid";
}

// The length of the scheme and authority at the start of `url` ("https://Host.Example:80").
std::size_t authority_end(std::string_view url) {
  std::string_view authority = authority_of(url);
  return static_cast<std::size_t>(authority.data() - url.data()) + authority.size();
}

// "https://Host.Example/path?q#f" -> scheme and authority lower-cased, the rest kept.
std::string tidy(std::string_view url) {
  std::size_t hash = url.find('#');
  if (hash != std::string_view::npos) url = url.substr(0, hash);
  const std::size_t host_end = authority_end(url);
  std::string out = ascii_lower(url.substr(0, host_end));
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
  return std::string(url.substr(0, authority_end(url))) + std::string(canonical);
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
