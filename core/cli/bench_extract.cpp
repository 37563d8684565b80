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

using Clock = std::chrono::steady_clock;
double ms_between(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); }

// Wall and CPU ms per page of one stage.
struct Series {
  std::vector<double> wall, cpu;
  void add(double w, double c) {
    wall.push_back(w);
    cpu.push_back(c);
  }
};

struct Timings {
  Series parse, after, total, snapshot, filler;
  double wall = 0;        // parse + after, summed over every page and repetition
  std::size_t sink = 0;   // bytes answered, so nothing timed is optimised away
};

// The native door: parse, then extract and serialise; then the filler judgement again on the
// extracted page, for its share of "after parsing".
void time_html_page(const PageIn& p, Timings& t) {
  double c0 = cpu_ms();
  auto t0 = Clock::now();
  dom::Tree tree = dom::from_html(p.html);
  auto t1 = Clock::now();
  double c1 = cpu_ms();
  Page page = extract_tree(tree, p.url, nullptr);
  std::string out = to_json(page, "0");
  auto t2 = Clock::now();
  double c2 = cpu_ms();
  std::vector<bool> heading;
  for (const auto& b : blocks::extract(tree)) heading.push_back(b.heading != 0);
  double c3 = cpu_ms();
  auto t3 = Clock::now();
  filler::mark_page(page, heading);
  t.filler.add(ms_between(t3, Clock::now()), cpu_ms() - c3);
  t.sink += out.size();
  const double a = ms_between(t0, t1), b = ms_between(t1, t2);
  t.parse.add(a, c1 - c0);
  t.after.add(b, c2 - c1);
  t.total.add(a + b, c2 - c0);
  t.wall += a + b;
}

// The browser's door: a snapshot read (from_snapshot) and answered as the wasm module does.
void time_snapshot(const std::string& s, Timings& t) {
  double c0 = cpu_ms();
  auto t0 = Clock::now();
  std::string out = to_json(extract_snapshot(s, nullptr), "null");
  auto t1 = Clock::now();
  t.snapshot.add(ms_between(t0, t1), cpu_ms() - c0);
  t.sink += out.size();
}

void report(const Timings& t, std::size_t pages, int repeat, const std::string& data) {
  std::printf("winnow bench extract: %zu pages x %d repetitions (%s)\n", pages, repeat, data.c_str());
  std::printf("  %-30s %-26s %s\n", "", "wall ms/page", "cpu ms/page (this thread)");
  auto row = [&](const char* name, const Series& s) {
    std::printf("  %-30s median %7.3f  p95 %7.3f   median %7.3f  p95 %7.3f\n", name, percentile(s.wall, 0.5),
                percentile(s.wall, 0.95), percentile(s.cpu, 0.5), percentile(s.cpu, 0.95));
  };
  row("parse (Gumbo -> tree view)", t.parse);
  row("after parsing (extract+JSON)", t.after);
  row("total", t.total);
  row("snapshot -> answer (browser path)", t.snapshot);
  row("  of which the filler judgement", t.filler);
  double after_sum = 0;
  for (double x : t.after.wall) after_sum += x;
  std::printf("  pages/s %.1f (total), %.1f (after parsing only)\n",
              static_cast<double>(t.total.wall.size()) / (t.wall / 1000.0),
              static_cast<double>(t.after.wall.size()) / (after_sum / 1000.0));
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
  // The snapshot a content script would send, made once per page outside the timing.
  std::vector<std::string> snapshots;
  for (const auto& p : pages) snapshots.push_back(dom::to_snapshot(dom::from_html(p.html), p.url));
  Timings t;
  for (int rep = 0; rep < repeat; ++rep) {
    for (const auto& p : pages) time_html_page(p, t);
    for (const auto& s : snapshots) time_snapshot(s, t);
  }
  report(t, pages.size(), repeat, data);
  return t.sink ? 0 : 1;
}

}  // namespace winnow::cli
