// `winnow bench extract|history|adversarial`: hands over to the benchmark named (bench.h).
#include <cstdio>
#include <cstring>

#include "bench.h"
#include "commands.h"

namespace winnow::cli {

int run_bench(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0) {
    std::fputs(
        "winnow bench extract [--data FILE.jsonl.gz|jsonl] [--repeat N]\n"
        "winnow bench history [--sizes 10000,100000] [--data ...]\n"
        "winnow bench adversarial [--only CASE] [--write DIR]\n"
        "Reports ms per page (median, p95), pages/s; history: add/lookup time, bytes per page,\n"
        "index memory. No result is reused across repetitions or pages. adversarial: time and\n"
        "peak memory of each hostile input (fails over 2 s or 300 MB); --write DIR saves them.\n",
        argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (std::strcmp(argv[1], "extract") == 0) return bench_extract(argc - 1, argv + 1);
  if (std::strcmp(argv[1], "history") == 0) return bench_history(argc - 1, argv + 1);
  if (std::strcmp(argv[1], "adversarial") == 0) return bench_adversarial(argc - 1, argv + 1);
  std::fprintf(stderr, "winnow bench: unknown benchmark '%s'\n", argv[1]);
  return 2;
}

}  // namespace winnow::cli
