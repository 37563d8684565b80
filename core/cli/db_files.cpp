// db_files.h: the history directory's files.
#include "db_files.h"

#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>

namespace winnow::cli {

namespace fs = std::filesystem;

bool ensure_dir(const fs::path& dir, const char* who) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (fs::is_directory(dir, ec)) return true;
  std::fprintf(stderr, "winnow %s: cannot create %s\n", who, dir.c_str());
  return false;
}

bool read_whole_file(const fs::path& file, std::string* bytes) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *bytes = ss.str();
  return true;
}

bool write_file_atomic(const fs::path& dir, const char* name, const std::string& bytes,
                       const char* who) {
  fs::path file = dir / name;
  fs::path tmp = dir / (std::string(name) + ".tmp." + std::to_string(::getpid()));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::fprintf(stderr, "winnow %s: cannot write %s\n", who, tmp.c_str());
      std::error_code ec;
      fs::remove(tmp, ec);
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
  if (ec) {
    std::fprintf(stderr, "winnow %s: cannot replace %s: %s\n", who, file.c_str(), ec.message().c_str());
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

bool keep_aside(const fs::path& dir, const char* name, const char* who) {
  char stamp[32];
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
  fs::path copy = dir / (std::string(name) + ".damaged-" + stamp);
  for (int k = 1; fs::exists(copy); ++k) copy = dir / (std::string(name) + ".damaged-" + stamp + "-" + std::to_string(k));
  std::error_code ec;
  fs::copy_file(dir / name, copy, ec);
  if (ec) {
    std::fprintf(stderr, "winnow %s: cannot keep a copy of the damaged %s: %s\n", who, (dir / name).c_str(),
                 ec.message().c_str());
    return false;
  }
  std::fprintf(stderr, "winnow %s: the damaged file is kept as %s\n", who, copy.c_str());
  return true;
}

void load_templates(const fs::path& dir, templates::Memory& memory, const char* who) {
  std::string bytes, error;
  if (!read_whole_file(dir / kTemplatesFile, &bytes) || bytes.empty()) return;  // a new history
  if (!memory.deserialize(bytes, &error)) {
    std::fprintf(stderr, "winnow %s: %s: %s; starting from an empty memory\n", who,
                 (dir / kTemplatesFile).c_str(), error.c_str());
    keep_aside(dir, kTemplatesFile, who);
  }
}

bool load_history(const fs::path& dir, history::History& h, const char* who) {
  std::string bytes;
  if (!read_whole_file(dir / kHistoryFile, &bytes) || bytes.empty()) return true;  // a new history
  history::LoadReport rep;
  h = history::History::deserialize(bytes, &rep);
  for (const std::string& p : rep.problems) std::fprintf(stderr, "winnow %s: %s\n", who, p.c_str());
  if (!rep.ok && rep.version > history::kFormatVersion) {
    std::fprintf(stderr, "winnow %s: %s was written by a newer Winnow; left as it is\n", who,
                 (dir / kHistoryFile).c_str());
    return false;
  }
  if (rep.ok && rep.problems.empty()) return true;
  if (!keep_aside(dir, kHistoryFile, who)) return false;
  if (!rep.ok) std::fprintf(stderr, "winnow %s: starting a new history\n", who);
  return true;
}

void PeriodicSave::added() {
  unsaved_ = true;
  if (std::chrono::steady_clock::now() - last_ >= interval_) finish();
}

bool PeriodicSave::finish() {
  if (!unsaved_) return true;
  last_ = std::chrono::steady_clock::now();
  if (!save_()) return false;
  unsaved_ = false;
  return true;
}

}  // namespace winnow::cli
