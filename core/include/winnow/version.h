// Versions of Winnow and of the record formats it writes, for `winnow --version` and for
// every serialised record (a newer Winnow reads every older format).
#pragma once

#include <string>

namespace winnow {

// One line per record format: "<name> format <n>\n".
std::string format_versions();

}  // namespace winnow
