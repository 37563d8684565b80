// What the benchmarks share (bench.h): JSONL(.gz) files read line by line, percentiles.
#include <algorithm>
#include <cstdio>
#include <memory>

#include "bench.h"

namespace winnow::cli {

bool for_each_json_line_in_file(const std::string& path, const std::function<void(const json&)>& take) {
  bool gz = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  std::string cmd = (gz ? "gzip -dc -- '" : "cat -- '") + path + "' 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> f(popen(cmd.c_str(), "r"), pclose);
  if (!f) return false;
  std::string line;
  char buf[1 << 16];
  bool any = false;
  auto flush = [&] {
    if (line.empty()) return;
    json rec = json::parse(line, nullptr, /*allow_exceptions=*/false);
    line.clear();
    any = true;
    if (rec.is_object()) take(rec);
  };
  while (std::fgets(buf, sizeof buf, f.get())) {
    line += buf;
    if (line.back() == '\n') flush();
  }
  flush();
  return any;
}

double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  auto i = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

}  // namespace winnow::cli
