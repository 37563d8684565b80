#include <cstdio>

#include "commands.h"

namespace winnow::cli {

int run_extract(int, char**) {
  std::fputs("winnow extract: not built yet (see the project's open issues)\n", stderr);
  return 2;
}

}  // namespace winnow::cli
