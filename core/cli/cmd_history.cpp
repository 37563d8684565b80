// `winnow history --db DIR` (design.md): pages in reading order -> seen_before, the earlier
// page, paragraphs known|new|boilerplate; each article page is then added to DIR's history.
// The history file is replaced atomically (written beside, then renamed).
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "db_files.h"
#include "story_io.h"
#include "winnow/history.h"

namespace winnow::cli {
namespace fs = std::filesystem;

int run_history(int argc, char** argv) {
  std::string db = flag_value(argc, argv, "--db");
  if (db.empty()) {
    std::fputs("usage: winnow history --db DIR [--sensitivity low|normal|high]\n"
               "       [--max-pages N] [--max-age-days D]\n", stderr);
    return 2;
  }
  match::Sensitivity sens = match::Sensitivity::Normal;
  if (!match::parse_sensitivity(flag_value(argc, argv, "--sensitivity"), &sens)) {
    std::fputs("winnow history: --sensitivity takes low, normal or high\n", stderr);
    return 2;
  }
  long long max_pages = 0, max_age_days = 0;
  try {
    std::string v = flag_value(argc, argv, "--max-pages");
    if (!v.empty()) max_pages = std::stoll(v);
    v = flag_value(argc, argv, "--max-age-days");
    if (!v.empty()) max_age_days = std::stoll(v);
  } catch (const std::exception&) {
    std::fputs("winnow history: --max-pages and --max-age-days take numbers\n", stderr);
    return 2;
  }
  fs::path dir(db);
  if (!ensure_dir(dir, "history")) return 1;
  templates::Memory memory;
  load_templates(dir, memory, "history");
  history::History h;
  if (std::string bytes; read_whole_file(dir / kHistoryFile, &bytes)) {
    history::LoadReport rep;
    h = history::History::deserialize(bytes, &rep);
    for (const std::string& p : rep.problems)
      std::fprintf(stderr, "winnow history: %s\n", p.c_str());
    if (!rep.ok) {
      std::fprintf(stderr, "winnow history: %s is not a history this Winnow reads; "
                           "left as it is\n", (dir / kHistoryFile).c_str());
      return 1;
    }
  }
  std::ios::sync_with_stdio(false);
  std::size_t n = 0;
  for_each_record_text(std::cin, std::cout, [&](const json& rec) {
    history::Visit v;
    v.id_json = id_json(rec);
    v.url = optional_string(rec, "url");
    v.time = parse_time(rec, "time");
    Page page = page_of_doc(rec, v.url, &memory);
    v.text_doc = !(rec.contains("html") && !rec["html"].is_null());
    if (max_age_days > 0 || max_pages > 0)
      h.retain(max_age_days > 0 ? v.time - max_age_days * 86400 : 0,
               static_cast<std::size_t>(max_pages > 0 ? max_pages - 1 : 0));
    std::string out = history::visit(h, page, v, sens);
    if (++n % 1000 == 0) std::fprintf(stderr, "winnow history: %zu pages\n", n);
    return out;
  });
  if (!write_file_atomic(dir, kHistoryFile, h.serialize(), "history") ||
      !write_file_atomic(dir, kTemplatesFile, memory.serialize(), "history"))
    return 1;
  return 0;
}

}  // namespace winnow::cli
