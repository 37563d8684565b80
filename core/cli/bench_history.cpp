#include <cstdio>

#include "bench.h"

namespace winnow::cli {

int bench_history(int, char**) {
  std::fputs("winnow bench history: not built yet (see the project's open issues)\n", stderr);
  return 2;
}

}  // namespace winnow::cli
