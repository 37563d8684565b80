// winnow --version: the tool's version and the format version of every persisted record
// (winnow/version.h); not yet covered by a test (the format versions it prints are tested per format).
#include "winnow/version.h"

#include "winnow/history.h"
#include "winnow/templates.h"

namespace winnow {

std::string format_versions() {
  // Each store appends its own line here as it gains a serialised format.
  std::string out;
  out += "site-templates format " + std::to_string(templates::kFormatVersion) + "\n";
  out += "history format " + std::to_string(history::kFormatVersion) + "\n";
  return out;
}

}  // namespace winnow
