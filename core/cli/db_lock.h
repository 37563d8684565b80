// One writer per history directory: `history --db DIR` and `extract --history DIR` hold an
// exclusive lock on DIR/lock for the whole run, so two runs never both read the same file,
// add their pages and overwrite each other's. The lock goes with the process (flock(2)), so
// a crashed run never leaves DIR locked.
#pragma once

#include <filesystem>

namespace winnow::cli {

class DbLock {
 public:
  DbLock() = default;
  DbLock(const DbLock&) = delete;
  DbLock& operator=(const DbLock&) = delete;
  ~DbLock();
  // Takes the lock. False (and a message on stderr naming the other process) when another
  // run holds it: the caller then exits non-zero without reading its input.
  bool acquire(const std::filesystem::path& dir, const char* who);

 private:
  int fd_ = -1;
};

}  // namespace winnow::cli
