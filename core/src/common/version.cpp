#include "winnow/version.h"

namespace winnow {

std::string format_versions() {
  // Each store appends its own line here as it gains a serialised format.
  return "";
}

}  // namespace winnow
