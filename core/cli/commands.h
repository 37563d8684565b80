// The subcommands of the `winnow` tool (design.md, "The command-line tool"). Each returns the
// process exit status: 0 when it ran (bad input lines are answered with error lines), 2 for a
// usage error (an unknown command included), 1 when the tool itself could not run.
#pragma once

namespace winnow::cli {

int run_extract(int argc, char** argv);
int run_compare(int argc, char** argv);
int run_history(int argc, char** argv);
int run_bench(int argc, char** argv);
int run_tokens(int argc, char** argv);
int run_snapshot(int argc, char** argv);
int run_features(int argc, char** argv);
int run_filler(int argc, char** argv);

}  // namespace winnow::cli
