// `winnow bench adversarial`: every hostile case of adversarial_pages.h through the door it
// attacks (HTML: extract plus a history visit, as `winnow history` does; snapshot: the wasm
// module's path; history: loading the file), each in a child process of its own so that its
// peak memory (max RSS, input included) is its own. Fails when a case takes over
// kMaxCaseSeconds of CPU time or kMaxCaseRssMb, or dies. (Wall time is reported beside: on a
// shared machine it also counts the time other processes held the core.) `--write DIR` writes the cases as files instead.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "adversarial_pages.h"
#include "bench.h"
#include "winnow/extract.h"
#include "winnow/history.h"

namespace winnow::cli {
namespace {

constexpr double kMaxCaseSeconds = 2.0;
constexpr double kMaxCaseRssMb = 300.0;
constexpr unsigned kCaseTimeoutSeconds = 120;  // a case still running then is killed

struct Outcome {
  double ms = 0, cpu_ms = 0;
  std::size_t bytes = 0;
  int truncated = 0;  // the answer said "truncated": true
};

double process_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

Outcome run_case(const HostileCase& c) {
  Outcome o;
  std::string input = c.make();
  o.bytes = input.size();
  auto t0 = std::chrono::steady_clock::now();
  const double cpu0 = process_cpu_ms();
  if (c.door == HostileCase::Door::History) {
    history::LoadReport rep;
    history::History h = history::History::deserialize(input, &rep);
    o.truncated = rep.skipped > 0;
  } else {
    Page page = c.door == HostileCase::Door::Html ? extract_html(input, "https://hostile.example/" + c.name, nullptr)
                                                  : extract_snapshot(input, nullptr);
    std::string answer = to_json(page, "1");
    history::History h;
    history::Visit v;
    v.url = "https://hostile.example/" + c.name;
    answer += history::visit(h, page, v, match::Sensitivity::Normal);
    o.truncated = page.truncated;
  }
  o.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  o.cpu_ms = process_cpu_ms() - cpu0;
  return o;
}

// Runs `c` in a child; false when the child died. *max_rss_mb: the child's peak.
bool measure(const HostileCase& c, Outcome* o, double* max_rss_mb, std::string* death) {
  int fds[2];
  if (::pipe(fds) != 0) return false;
  pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    ::alarm(kCaseTimeoutSeconds);
    Outcome r = run_case(c);
    (void)!::write(fds[1], &r, sizeof r);
    ::_exit(0);
  }
  ::close(fds[1]);
  bool got = pid > 0 && ::read(fds[0], o, sizeof *o) == static_cast<ssize_t>(sizeof *o);
  ::close(fds[0]);
  int status = 0;
  rusage ru{};
  if (pid > 0) ::wait4(pid, &status, 0, &ru);
  *max_rss_mb = static_cast<double>(ru.ru_maxrss) / 1024.0;
  if (WIFSIGNALED(status))
    *death = WTERMSIG(status) == SIGALRM ? "killed after " + std::to_string(kCaseTimeoutSeconds) + " s"
                                          : std::string("died of signal ") + strsignal(WTERMSIG(status));
  return got && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int write_cases(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  for (const HostileCase& c : hostile_cases()) {
    const char* ext = c.door == HostileCase::Door::Html ? ".html" : c.door == HostileCase::Door::Snapshot ? ".snapshot" : ".bin";
    std::ofstream f(dir / (c.name + ext), std::ios::binary);
    std::string bytes = c.make();
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) {
      std::fprintf(stderr, "winnow bench adversarial: cannot write %s\n", (dir / (c.name + ext)).c_str());
      return 1;
    }
  }
  return 0;
}

}  // namespace

int bench_adversarial(int argc, char** argv) {
  if (std::string dir = flag_value(argc, argv, "--write"); !dir.empty()) return write_cases(dir);
  const std::string only = flag_value(argc, argv, "--only");
  std::printf("%-22s %9s %9s %9s %9s %5s  %s\n", "case", "input MB", "cpu ms", "wall ms", "maxRSS MB", "cut",
              "verdict");
  int failed = 0;
  for (const HostileCase& c : hostile_cases()) {
    if (!only.empty() && c.name != only) continue;
    Outcome o;
    double rss = 0;
    std::string death;
    bool ran = measure(c, &o, &rss, &death);
    bool ok = ran && o.cpu_ms <= kMaxCaseSeconds * 1000 && rss <= kMaxCaseRssMb;
    failed += !ok;
    std::printf("%-22s %9.2f %9.1f %9.1f %9.1f %5s  %s\n", c.name.c_str(), static_cast<double>(o.bytes) / (1 << 20),
                o.cpu_ms, o.ms, rss,
                o.truncated ? "yes" : "no", ran ? (ok ? "ok" : "TOO SLOW OR TOO BIG") : death.c_str());
    std::fflush(stdout);
  }
  std::printf("limits: %.0f s of CPU and %.0f MB per case; %d case(s) over\n", kMaxCaseSeconds, kMaxCaseRssMb, failed);
  return failed ? 1 : 0;
}

}  // namespace winnow::cli
