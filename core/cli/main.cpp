// The `winnow` tool's entry: --help, --version, and the subcommand named first (commands.h).
#include <cstdio>
#include <cstring>
#include <string_view>

#include "commands.h"
#include "winnow/text.h"
#include "winnow/version.h"

namespace {

constexpr const char* kUsage = R"(winnow: marks boilerplate and recognises stories already read.

Usage: winnow COMMAND [OPTIONS] < input.jsonl > output.jsonl

Every command reads JSON Lines on stdin and writes one JSON line per input line to stdout,
in input order. A bad line gets {"id": ..., "error": "..."} and the run goes on.

Commands:
  extract [--history DIR]   {"id","url","html"} -> title, lang, page_type, main_text and
                            blocks labelled content|boilerplate with a kind and a reason
                            (the page's headline, kept out of main_text, has "headline":true).
                            --history DIR reads and updates the site-template memory.
  compare                   {"id","a":DOC,"b":DOC} -> score 0..1 and verdict
                            duplicate|same_story|different. DOC is {"title","text"} or
                            {"url","html"}.
  history --db DIR          {"id","url","time",...DOC} in reading order -> seen_before,
                            match_id, match_url, score, verdict and paragraphs known|new|
                            boilerplate; the page is then added to the history in DIR.
                            [--max-pages N] [--max-age-days D] (from now) [--save-seconds S]
                            (saved every S seconds, default 10, at the end and on SIGTERM).
                            One run per DIR at a time: a second one exits 1 at once.
  bench extract|history|adversarial  the project's benchmarks (see `winnow bench --help`).
  tokens                    {"id","text"} -> ICU tokens and sentences (used by the
                            native/wasm parity test).
  snapshot                  {"id","url","html"} -> {"id","snapshot"}: the page as the
                            content script's snapshot (used by the extract parity test).
  features [--names]        {"id","url","html"} -> the learned model's input rows per block
                            (training/train.py reads them).
  filler                    {"id","title","lang","paragraphs":[{"text","heading"}]} -> the
                            filler verdict of each paragraph and the model's inputs (used by
                            scripts/filler/ to train and evaluate).

Options:
  --help                    this text
  --version                 the version and the record format versions
)";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string_view cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (cmd == "--version") {
    std::printf("winnow %s\nicu %s\n%s", WINNOW_VERSION, winnow::text::icu_version().c_str(),
                winnow::format_versions().c_str());
    return 0;
  }
  // Subcommands see their own arguments as argv[1..].
  int sub_argc = argc - 1;
  char** sub_argv = argv + 1;
  if (cmd == "extract") return winnow::cli::run_extract(sub_argc, sub_argv);
  if (cmd == "compare") return winnow::cli::run_compare(sub_argc, sub_argv);
  if (cmd == "history") return winnow::cli::run_history(sub_argc, sub_argv);
  if (cmd == "bench") return winnow::cli::run_bench(sub_argc, sub_argv);
  if (cmd == "tokens") return winnow::cli::run_tokens(sub_argc, sub_argv);
  if (cmd == "snapshot") return winnow::cli::run_snapshot(sub_argc, sub_argv);
  if (cmd == "features") return winnow::cli::run_features(sub_argc, sub_argv);
  if (cmd == "filler") return winnow::cli::run_filler(sub_argc, sub_argv);
  std::fprintf(stderr, "winnow: unknown command '%s' (see winnow --help)\n", argv[1]);
  return 2;
}
