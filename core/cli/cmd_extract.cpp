// `winnow extract [--history DIR]` (design.md): {"id","url","html"} lines in, the core's own
// JSON answer (winnow::to_json, shared with wasm) out, one line per input line, in order.
// With --history, DIR is held for the run (db_lock.h) and its template memory saved as
// `winnow history` saves (every few seconds, at the end, and on a stop signal).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "commands.h"
#include "db_files.h"
#include "db_lock.h"
#include "jsonl.h"
#include "run_signals.h"
#include "winnow/extract.h"
#include "winnow/templates.h"

namespace winnow::cli {
namespace {
constexpr int kSaveSeconds = 10;  // the template memory is saved at least this often in a long run
}  // namespace

int run_extract(int argc, char** argv) {
  if (has_flag(argc, argv, "--help")) {
    std::puts("winnow extract [--history DIR]\n  in:  {\"id\", \"url\", \"html\"} per line\n"
              "  out: {\"id\", \"title\", \"lang\", \"page_type\", \"main_text\", \"blocks\": [...]}");
    return 0;
  }
  std::string dir = flag_value(argc, argv, "--history");
  if (has_flag(argc, argv, "--history") && dir.empty()) {
    std::fputs("winnow extract: --history needs a directory\n", stderr);
    return 2;
  }
  templates::Memory memory;
  templates::Memory* mem = nullptr;
  DbLock lock;
  if (!dir.empty()) {
    if (!ensure_dir(dir, "extract") || !lock.acquire(dir, "extract")) return 1;
    load_templates(dir, memory, "extract");
    mem = &memory;
  }
  PeriodicSave saver(std::chrono::seconds(kSaveSeconds),
                     [&] { return write_file_atomic(dir, kTemplatesFile, memory.serialize(), "extract"); });
  install_stop_signals();
  std::ios::sync_with_stdio(false);
  StdinBuf stdin_buf;
  std::istream in(&stdin_buf);
  std::size_t n = 0;
  for_each_record_text(in, std::cout, [&](const json& rec) {
    std::string url = require_string(rec, "url");
    std::string html = require_string(rec, "html");
    std::string out = to_json(extract_html(html, url, mem), dump_line(rec.value("id", json(nullptr))));
    if (mem) saver.added();
    if (++n % 500 == 0) std::fprintf(stderr, "winnow extract: %zu pages\n", n);
    return out;
  });
  const bool saved = saver.finish();
  if (int sig = stop_signal()) {
    std::fprintf(stderr, "winnow extract: stopped by signal %d after %zu pages\n", sig, n);
    return 128 + sig;
  }
  return saved ? 0 : 1;
}

}  // namespace winnow::cli
