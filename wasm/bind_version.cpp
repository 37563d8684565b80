// Embind bindings: strings in, JSON strings out, one crossing per call (design.md).
#include <emscripten/bind.h>

#include <string>

#include "winnow/text.h"
#include "winnow/version.h"

namespace {

std::string version() { return std::string(WINNOW_VERSION); }

}  // namespace

EMSCRIPTEN_BINDINGS(winnow_version) {
  emscripten::function("version", &version);
  emscripten::function("icuVersion", &winnow::text::icu_version);
}
