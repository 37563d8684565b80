// winnow/url.h: authority, host and site of an address; covered by tests/core/common_helpers.cpp.
#include "winnow/url.h"

namespace winnow {

std::string_view after_scheme(std::string_view url) {
  std::size_t scheme = url.find("://");
  return scheme == std::string_view::npos ? url : url.substr(scheme + 3);
}

std::string_view authority_of(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  else if (url.starts_with("//")) url.remove_prefix(2);
  return url.substr(0, url.find_first_of("/?#"));
}

std::string_view host_of(std::string_view url) {
  std::string_view host = authority_of(url);
  std::size_t at = host.rfind('@');
  if (at != std::string_view::npos) host.remove_prefix(at + 1);
  if (!host.empty() && host.front() == '[') {
    std::size_t close = host.find(']');
    return host.substr(0, close == std::string_view::npos ? host.size() : close + 1);
  }
  return host.substr(0, host.find(':'));
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string site_of(std::string_view url) {
  std::string h = ascii_lower(host_of(url));
  while (!h.empty() && h.back() == '.') h.pop_back();
  if (h.starts_with("www.")) h.erase(0, 4);
  return h;
}

}  // namespace winnow
