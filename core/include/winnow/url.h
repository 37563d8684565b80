// URL pieces the core keys things by: the site (for site templates and for which canonical
// links a page may claim), the address without its scheme (the template memory's page key) and
// its authority (the history's address key). One implementation for the native tool and the
// wasm module; covered by tests/core/common_helpers.cpp, [history][canonical] and [templates].
#pragma once

#include <string>
#include <string_view>

namespace winnow {

// "example.com" from "https://www.Example.com/a?b": the host (no user info, no port) lower-cased,
// trailing dots and a leading "www." dropped. Also takes "//host/..." and a bare "host/...".
std::string site_of(std::string_view url);

// The authority as written, a view into `url`: after "scheme://" (or a leading "//"; the whole
// start of a bare "host/...") up to the first '/', '?' or '#' ("user@Host:8080").
std::string_view authority_of(std::string_view url);

// The host as written ("user@Host:8080" -> "Host"; "[::1]:80" -> "[::1]"), a view into `url`.
std::string_view host_of(std::string_view url);

// ASCII letters lower-cased, every other byte kept (schemes, hosts and parameter names are
// case-insensitive ASCII; the rest of an address is not).
std::string ascii_lower(std::string_view s);

// `url` after its "scheme://" (the whole of it when it has none).
std::string_view after_scheme(std::string_view url);

}  // namespace winnow
