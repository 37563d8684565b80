#include <cstdio>

#include "bench.h"

namespace winnow::cli {

int bench_extract(int, char**) {
  std::fputs("winnow bench extract: not built yet (see the project's open issues)\n", stderr);
  return 2;
}

}  // namespace winnow::cli
