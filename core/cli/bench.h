// `winnow bench` entries, one file each.
#pragma once

namespace winnow::cli {

int bench_extract(int argc, char** argv);
int bench_history(int argc, char** argv);

}  // namespace winnow::cli
