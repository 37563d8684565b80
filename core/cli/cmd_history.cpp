// `winnow history --db DIR` (design.md): pages in reading order -> seen_before, the earlier
// page, paragraphs known|new|boilerplate; each article page is then added to DIR's history.
// Records are read by the core's own reader (winnow/history_record.h), as in the wasm module;
// a record's "sensitivity" wins over --sensitivity.
// One run at a time holds DIR (db_lock.h); the files are replaced atomically, every
// --save-seconds during the run and at its end, also when SIGTERM, SIGINT, SIGHUP or SIGPIPE
// stops it (run_signals.h).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "db_files.h"
#include "db_lock.h"
#include "run_signals.h"
#include "jsonl.h"
#include "winnow/history.h"
#include "winnow/history_record.h"

namespace winnow::cli {
namespace fs = std::filesystem;
namespace {

constexpr double kDefaultSaveSeconds = 10;
constexpr std::int64_t kSecondsPerDay = 86400;
constexpr double kMaxAmount = 1e15;  // pages or days: more than any history holds or spans

// A number >= 0, the whole text; "" keeps *out.
bool parse_number(const std::string& text, double* out) {
  if (text.empty()) return true;
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v) || v < 0) return false;
  *out = v;
  return true;
}

struct Options {
  std::string db;
  match::Sensitivity sens = match::Sensitivity::Normal;
  long long max_pages = 0, max_age_days = 0;
  double save_seconds = kDefaultSaveSeconds;
};

// A whole number >= 0 (any size: beyond kMaxAmount it means "no limit" anyway); "" keeps *out.
bool parse_amount(const std::string& text, long long* out) {
  double v = 0;
  if (text.empty()) return true;
  if (!parse_number(text, &v) || v != std::floor(v)) return false;
  *out = static_cast<long long>(std::min(v, kMaxAmount));
  return true;
}

// 0: parsed; else the exit status of a usage error (message written).
int parse_options(int argc, char** argv, Options* o) {
  o->db = flag_value(argc, argv, "--db");
  if (o->db.empty()) {
    std::fputs("usage: winnow history --db DIR [--sensitivity low|normal|high]\n"
               "       [--max-pages N] [--max-age-days D] [--save-seconds S]\n", stderr);
    return 2;
  }
  if (!match::parse_sensitivity(flag_value(argc, argv, "--sensitivity"), &o->sens)) {
    std::fputs("winnow history: --sensitivity takes low, normal or high\n", stderr);
    return 2;
  }
  if (!parse_amount(flag_value(argc, argv, "--max-pages"), &o->max_pages) ||
      !parse_amount(flag_value(argc, argv, "--max-age-days"), &o->max_age_days) ||
      !parse_number(flag_value(argc, argv, "--save-seconds"), &o->save_seconds)) {
    std::fputs("winnow history: --max-pages, --max-age-days and --save-seconds take numbers >= 0\n", stderr);
    return 2;
  }
  return 0;
}

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// Retention is measured from now, never from a record's own time, and a page's time is
// clamped to [the epoch, now]: a page dated in the year 9999 is a page read now, and cannot
// make every other page look old.
std::int64_t clamp_time(std::int64_t t, std::int64_t now) { return std::clamp<std::int64_t>(t, 0, now); }

// The oldest time kept with --max-age-days (0: no limit), without overflow for any D.
std::int64_t min_time(long long max_age_days, std::int64_t now) {
  if (max_age_days <= 0 || max_age_days >= now / kSecondsPerDay) return 0;
  return now - static_cast<std::int64_t>(max_age_days) * kSecondsPerDay;
}

}  // namespace

int run_history(int argc, char** argv) {
  Options o;
  if (int usage = parse_options(argc, argv, &o)) return usage;
  fs::path dir(o.db);
  if (!ensure_dir(dir, "history")) return 1;
  DbLock lock;
  if (!lock.acquire(dir, "history")) return 1;
  templates::Memory memory;
  load_templates(dir, memory, "history");
  history::History h;
  if (!load_history(dir, h, "history")) return 1;
  auto save = [&] {
    return write_file_atomic(dir, kHistoryFile, h.serialize(), "history") &&
           write_file_atomic(dir, kTemplatesFile, memory.serialize(), "history");
  };
  PeriodicSave saver(std::chrono::duration<double>(o.save_seconds), save);
  install_stop_signals();
  std::ios::sync_with_stdio(false);
  StdinBuf stdin_buf;
  std::istream in(&stdin_buf);
  std::size_t n = 0;
  for_each_line(in, std::cout, [&](const std::string& line, std::string* id_json) {
    const std::int64_t now = now_seconds();
    history::Record rec;
    if (std::string error = history::parse_record(line, now, o.sens, false, &rec); !error.empty()) return error;
    *id_json = rec.visit.id_json;
    rec.visit.time = clamp_time(rec.visit.time, now);
    Page page = history::read_page(rec, std::nullopt, &memory, true);
    if (o.max_age_days > 0) h.retain(min_time(o.max_age_days, now), 0);
    std::string out = history::visit(h, page, rec.visit, rec.sensitivity);
    if (o.max_pages > 0) h.retain(0, static_cast<std::size_t>(o.max_pages));
    saver.added();
    if (++n % 1000 == 0) std::fprintf(stderr, "winnow history: %zu pages\n", n);
    return out;
  });
  const bool saved = saver.finish();
  if (int sig = stop_signal()) {
    std::fprintf(stderr, "winnow history: stopped by signal %d after %zu pages; %s\n", sig, n,
                 saved ? "the history is saved" : "the history could NOT be saved");
    return 128 + sig;
  }
  return saved ? 0 : 1;
}

}  // namespace winnow::cli
