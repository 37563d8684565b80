// `winnow history --db DIR` (design.md): pages in reading order -> seen_before, the earlier
// page, paragraphs known|new|boilerplate; each article page is then added to DIR's history.
// The history file is replaced atomically (written beside, then renamed).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "story_io.h"
#include "winnow/history.h"
#include "winnow/templates.h"

namespace winnow::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFile = "history.bin";
constexpr const char* kTemplates = "templates.bin";  // the site-template memory (extract)

// Written beside, then renamed over: a crash never leaves half a file.
bool save_atomic(const std::string& bytes, const fs::path& dir, const char* name) {
  fs::path tmp = dir / (std::string(name) + ".tmp");
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    f.flush();
    if (!f) return false;
  }
  std::error_code ec;
  fs::rename(tmp, dir / name, ec);
  return !ec;
}

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

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
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir)) {
    std::fprintf(stderr, "winnow history: cannot create %s\n", db.c_str());
    return 1;
  }
  templates::Memory memory;
  if (fs::exists(dir / kTemplates)) {
    std::string error;
    if (!memory.deserialize(read_file(dir / kTemplates), &error))
      std::fprintf(stderr, "winnow history: site templates not read (%s); starting afresh\n",
                   error.c_str());
  }
  history::History h;
  if (fs::exists(dir / kFile)) {
    history::LoadReport rep;
    h = history::History::deserialize(read_file(dir / kFile), &rep);
    for (const std::string& p : rep.problems)
      std::fprintf(stderr, "winnow history: %s\n", p.c_str());
    if (!rep.ok) {
      std::fprintf(stderr, "winnow history: %s is not a history this Winnow reads; "
                           "left as it is\n", (dir / kFile).c_str());
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
  if (!save_atomic(h.serialize(), dir, kFile) ||
      !save_atomic(memory.serialize(), dir, kTemplates)) {
    std::fprintf(stderr, "winnow history: cannot write into %s\n", dir.c_str());
    return 1;
  }
  return 0;
}

}  // namespace winnow::cli
