// `winnow bench extract`: ms per page (median, p95) and pages/s over a JSONL(.gz) set of
// {"html", "url"} pages, separately for parsing (Gumbo -> tree view) and for everything after
// parsing (blocks, classification, serialisation: what runs in the browser). Every repetition
// parses and extracts every page again; nothing is cached.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <string>
#include <vector>

#include "bench.h"
#include "jsonl.h"
#include "winnow/blocks.h"
#include "winnow/extract.h"
#include "winnow/filler.h"
#include "winnow/html.h"
#include "winnow/snapshot.h"

namespace winnow::cli {
namespace {

struct PageIn {
  std::string url, html;
};

bool read_pages(const std::string& path, std::vector<PageIn>& pages) {
  for_each_json_line_in_file(path, [&](const json& rec) {
    if (!rec.contains("html") || !rec["html"].is_string()) return;
    PageIn p;
    p.html = rec["html"].get<std::string>();
    if (rec.contains("url") && rec["url"].is_string()) p.url = rec["url"].get<std::string>();
    pages.push_back(std::move(p));
  });
  return !pages.empty();
}

// CPU time of this thread in ms: on a shared, loaded machine wall time also counts the time
// other processes held the core; both are reported.
double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

}  // namespace

int bench_extract(int argc, char** argv) {
  std::string data = flag_value(argc, argv, "--data");
  if (data.empty()) data = "../shared/eval/boilerplate/scrapinghub.jsonl.gz";
  int repeat = 3;
  std::string r = flag_value(argc, argv, "--repeat");
  if (!r.empty()) repeat = std::max(1, std::atoi(r.c_str()));
  std::vector<PageIn> pages;
  if (!read_pages(data, pages)) {
    std::fprintf(stderr, "winnow bench extract: no pages read from %s\n", data.c_str());
    return 1;
  }
  using clock = std::chrono::steady_clock;
  std::vector<double> parse_ms, after_ms, total_ms, parse_cpu, after_cpu, total_cpu, snap_ms, snap_cpu,
      filler_ms, filler_cpu;
  // The browser's door: the snapshot a content script would send, made once per page outside
  // the timing; the timed part reads it (from_snapshot) and answers it as the wasm module does.
  std::vector<std::string> snapshots;
  for (const auto& p : pages) snapshots.push_back(dom::to_snapshot(dom::from_html(p.html), p.url));
  std::size_t sink = 0;
  double wall = 0;
  for (int rep = 0; rep < repeat; ++rep) {
    for (const auto& p : pages) {
      double c0 = cpu_ms();
      auto t0 = clock::now();
      dom::Tree tree = dom::from_html(p.html);
      auto t1 = clock::now();
      double c1 = cpu_ms();
      Page page = extract_tree(tree, p.url, nullptr);
      std::string out = to_json(page, "0");
      auto t2 = clock::now();
      double c2 = cpu_ms();
      // The filler judgement's share of "after parsing", judged again on the extracted page.
      std::vector<bool> heading;
      for (const auto& b : blocks::extract(tree)) heading.push_back(b.heading != 0);
      double c3 = cpu_ms();
      auto t3 = clock::now();
      filler::mark_page(page, heading);
      filler_ms.push_back(std::chrono::duration<double, std::milli>(clock::now() - t3).count());
      filler_cpu.push_back(cpu_ms() - c3);
      parse_cpu.push_back(c1 - c0);
      after_cpu.push_back(c2 - c1);
      total_cpu.push_back(c2 - c0);
      sink += out.size();
      double a = std::chrono::duration<double, std::milli>(t1 - t0).count();
      double b = std::chrono::duration<double, std::milli>(t2 - t1).count();
      parse_ms.push_back(a);
      after_ms.push_back(b);
      total_ms.push_back(a + b);
      wall += a + b;
    }
    for (const auto& s : snapshots) {
      double c0 = cpu_ms();
      auto t0 = clock::now();
      std::string out = to_json(extract_snapshot(s, nullptr), "null");
      auto t1 = clock::now();
      snap_cpu.push_back(cpu_ms() - c0);
      snap_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      sink += out.size();
    }
  }
  std::printf("winnow bench extract: %zu pages x %d repetitions (%s)\n", pages.size(), repeat, data.c_str());
  std::printf("  %-30s %-26s %s\n", "", "wall ms/page", "cpu ms/page (this thread)");
  auto row = [&](const char* name, const std::vector<double>& w, const std::vector<double>& c) {
    std::printf("  %-30s median %7.3f  p95 %7.3f   median %7.3f  p95 %7.3f\n", name, percentile(w, 0.5), percentile(w, 0.95),
                percentile(c, 0.5), percentile(c, 0.95));
  };
  row("parse (Gumbo -> tree view)", parse_ms, parse_cpu);
  row("after parsing (extract+JSON)", after_ms, after_cpu);
  row("total", total_ms, total_cpu);
  row("snapshot -> answer (browser path)", snap_ms, snap_cpu);
  row("  of which the filler judgement", filler_ms, filler_cpu);
  double after_sum = 0;
  for (double x : after_ms) after_sum += x;
  std::printf("  pages/s %.1f (total), %.1f (after parsing only)\n",
              static_cast<double>(total_ms.size()) / (wall / 1000.0),
              static_cast<double>(after_ms.size()) / (after_sum / 1000.0));
  return sink ? 0 : 1;
}

}  // namespace winnow::cli
