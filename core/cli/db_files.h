// The files of a history directory (`extract --history DIR`, `history --db DIR`): read whole,
// replaced atomically, so a crash or a full disk never leaves half a file.
#pragma once

#include <filesystem>
#include <string>

#include "winnow/templates.h"

namespace winnow::cli {

inline constexpr const char* kTemplatesFile = "templates.bin";  // site-template memory
inline constexpr const char* kHistoryFile = "history.bin";      // the reading history

// Creates DIR when missing. False (and a message on stderr) when it cannot.
bool ensure_dir(const std::filesystem::path& dir, const char* who);

// The whole file; false when it does not exist or cannot be read.
bool read_whole_file(const std::filesystem::path& file, std::string* bytes);

// Writes beside, then renames over. False (and a message on stderr) on failure; the old
// file is then left as it was.
bool write_file_atomic(const std::filesystem::path& dir, const char* name, const std::string& bytes,
                       const char* who);

// The site-template memory of DIR (empty when missing; a damaged file is reported and
// replaced by an empty memory, never fatal).
void load_templates(const std::filesystem::path& dir, templates::Memory& memory, const char* who);

}  // namespace winnow::cli
