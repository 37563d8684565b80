// The files of a history directory (`extract --history DIR`, `history --db DIR`): read whole,
// replaced atomically, so a crash or a full disk never leaves half a file; a damaged file is
// copied aside before anything is written over it; a long run saves as it goes.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

#include "winnow/history.h"
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

// Copies DIR/NAME to DIR/NAME.damaged-<UTC time> (never over an earlier copy) and says so on
// stderr. False when the copy could not be made.
bool keep_aside(const std::filesystem::path& dir, const char* name, const char* who);

// The site-template memory of DIR (empty when missing; a damaged file is kept aside, reported
// and replaced by an empty memory, never fatal).
void load_templates(const std::filesystem::path& dir, templates::Memory& memory, const char* who);

// The history of DIR: empty when the file is missing or empty; a file with damaged parts is
// kept aside and what could be read is loaded. False (and a message) only for a file a newer
// Winnow wrote, which is left as it is, or a damaged one that could not be kept aside.
bool load_history(const std::filesystem::path& dir, history::History& h, const char* who);

// Saves a long run as it goes: `added()` after each page saves when `interval` has passed
// since the last save; `finish()` saves whatever is unsaved. A failed save is reported by
// `save` itself and tried again at the next chance.
class PeriodicSave {
 public:
  PeriodicSave(std::chrono::duration<double> interval, std::function<bool()> save)
      : interval_(interval), save_(std::move(save)), last_(std::chrono::steady_clock::now()) {}
  void added();
  bool finish();

 private:
  std::chrono::duration<double> interval_;
  std::function<bool()> save_;
  std::chrono::steady_clock::time_point last_;
  bool unsaved_ = false;
};

}  // namespace winnow::cli
