// A JavaScript Uint8Array to C++ bytes and back, shared by the bindings.
#pragma once

#include <emscripten/val.h>

#include <string>

namespace winnow::wasm {

inline std::string bytes_of(const emscripten::val& v) {
  std::string s;
  unsigned n = v["length"].as<unsigned>();
  s.resize(n);
  if (n) emscripten::val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(s.data()))).call<void>("set", v);
  return s;
}

// A view of `s` without a copy, valid while `s` lives unchanged: only to copy from at once.
inline emscripten::val view_of(const std::string& s) {
  return emscripten::val(emscripten::typed_memory_view(s.size(), reinterpret_cast<const unsigned char*>(s.data())));
}

// A copy owned by JavaScript.
inline emscripten::val to_bytes(const std::string& s) { return view_of(s).call<emscripten::val>("slice"); }

}  // namespace winnow::wasm
