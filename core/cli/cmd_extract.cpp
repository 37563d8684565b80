// `winnow extract [--history DIR]` (design.md): {"id","url","html"} lines in, the core's own
// JSON answer (winnow::to_json, shared with wasm) out, one line per input line, in order.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "commands.h"
#include "jsonl.h"
#include "winnow/extract.h"
#include "winnow/templates.h"
#include "winnow/text.h"

namespace winnow::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kTemplatesFile = "templates.bin";

bool load_memory(const fs::path& dir, templates::Memory& memory) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    std::fprintf(stderr, "winnow extract: cannot create %s: %s\n", dir.c_str(), ec.message().c_str());
    return false;
  }
  fs::path file = dir / kTemplatesFile;
  std::ifstream in(file, std::ios::binary);
  if (!in) return true;  // a new history
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string error;
  if (!memory.deserialize(ss.str(), &error))
    std::fprintf(stderr, "winnow extract: %s: %s; starting from an empty memory\n", file.c_str(), error.c_str());
  return true;
}

bool save_memory(const fs::path& dir, const templates::Memory& memory) {
  fs::path file = dir / kTemplatesFile;
  fs::path tmp = dir / (std::string(kTemplatesFile) + ".tmp." + std::to_string(::getpid()));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    std::string bytes = memory.serialize();
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::fprintf(stderr, "winnow extract: cannot write %s\n", tmp.c_str());
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
  if (ec) {
    std::fprintf(stderr, "winnow extract: cannot replace %s: %s\n", file.c_str(), ec.message().c_str());
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

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
  if (!dir.empty()) {
    if (!load_memory(dir, memory)) return 1;
    mem = &memory;
  }
  std::ios::sync_with_stdio(false);
  std::string line;
  std::size_t n = 0;
  while (std::getline(std::cin, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json rec = json::parse(text::sanitize_utf8(line), nullptr, false);
    if (rec.is_discarded() || !rec.is_object()) {
      std::cout << dump_line(json{{"id", nullptr}, {"error", "line is not a JSON object"}}) << '\n';
      continue;
    }
    json id = rec.contains("id") ? rec["id"] : json(nullptr);
    try {
      std::string url = require_string(rec, "url");
      std::string html = require_string(rec, "html");
      Page page = extract_html(html, url, mem);
      std::cout << to_json(page, dump_line(id)) << '\n';
    } catch (const RecordError& e) {
      std::cout << dump_line(json{{"id", id}, {"error", e.what()}}) << '\n';
    } catch (const std::exception& e) {
      std::cout << dump_line(json{{"id", id}, {"error", std::string("internal error: ") + e.what()}}) << '\n';
    }
    if (++n % 500 == 0) std::fprintf(stderr, "winnow extract: %zu pages\n", n);
  }
  std::cout.flush();
  if (mem && !save_memory(dir, memory)) return 1;
  return 0;
}

}  // namespace winnow::cli
