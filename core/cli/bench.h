// `winnow bench` entries, one file each, and the plumbing they share.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "jsonl.h"

namespace winnow::cli {

int bench_extract(int argc, char** argv);
int bench_history(int argc, char** argv);
int bench_adversarial(int argc, char** argv);

// Calls `take` for every JSON object line of a .jsonl or .jsonl.gz file. False when the file
// cannot be read.
bool for_each_json_line_in_file(const std::string& path, const std::function<void(const json&)>& take);

// The q-quantile (0..1) of `v`, nearest rank; 0 for an empty vector.
double percentile(std::vector<double> v, double q);

}  // namespace winnow::cli
