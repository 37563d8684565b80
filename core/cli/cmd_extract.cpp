// `winnow extract [--history DIR]` (design.md): {"id","url","html"} lines in, the core's own
// JSON answer (winnow::to_json, shared with wasm) out, one line per input line, in order.
#include <cstdio>
#include <iostream>
#include <string>

#include "commands.h"
#include "db_files.h"
#include "jsonl.h"
#include "winnow/extract.h"
#include "winnow/templates.h"

namespace winnow::cli {

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
  if (!dir.empty()) {
    if (!ensure_dir(dir, "extract")) return 1;
    load_templates(dir, memory, "extract");
    mem = &memory;
  }
  std::ios::sync_with_stdio(false);
  std::size_t n = 0;
  for_each_record_text(std::cin, std::cout, [&](const json& rec) {
    std::string url = require_string(rec, "url");
    std::string html = require_string(rec, "html");
    std::string out = to_json(extract_html(html, url, mem), dump_line(rec.value("id", json(nullptr))));
    if (++n % 500 == 0) std::fprintf(stderr, "winnow extract: %zu pages\n", n);
    return out;
  });
  if (mem && !write_file_atomic(dir, kTemplatesFile, memory.serialize(), "extract")) return 1;
  return 0;
}

}  // namespace winnow::cli
