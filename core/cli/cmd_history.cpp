#include <cstdio>

#include "commands.h"

namespace winnow::cli {

int run_history(int, char**) {
  std::fputs("winnow history: not built yet (see the project's open issues)\n", stderr);
  return 2;
}

}  // namespace winnow::cli
