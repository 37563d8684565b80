// URL pieces the core keys things by: the site (for site templates and for which canonical
// links a page may claim) and the address without its scheme (the template memory's page key).
// One implementation for the native tool and the wasm module; covered by [extract] and
// [templates] in tests/core (tests/core/url_site.cpp).
#pragma once

#include <string>
#include <string_view>

namespace winnow {

// "example.com" from "https://www.Example.com/a?b": the host (no user info, no port) lower-cased,
// trailing dots and a leading "www." dropped. Also takes "//host/..." and a bare "host/...".
std::string site_of(std::string_view url);

// The host as written ("user@Host:8080" -> "Host"; "[::1]:80" -> "[::1]"), a view into `url`.
std::string_view host_of(std::string_view url);

// `url` after its "scheme://" (the whole of it when it has none).
std::string_view after_scheme(std::string_view url);

}  // namespace winnow
