#include "db_files.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

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

void load_templates(const fs::path& dir, templates::Memory& memory, const char* who) {
  std::string bytes, error;
  if (!read_whole_file(dir / kTemplatesFile, &bytes)) return;  // a new history
  if (!memory.deserialize(bytes, &error))
    std::fprintf(stderr, "winnow %s: %s: %s; starting from an empty memory\n", who,
                 (dir / kTemplatesFile).c_str(), error.c_str());
}

}  // namespace winnow::cli
