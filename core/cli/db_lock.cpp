// DbLock (db_lock.h): flock(2) on DIR/lock, the holder's pid written inside for the message.
#include "db_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace winnow::cli {

DbLock::~DbLock() {
  if (fd_ >= 0) ::close(fd_);  // releases the lock
}

bool DbLock::acquire(const std::filesystem::path& dir, const char* who) {
  const std::filesystem::path file = dir / "lock";
  fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    std::fprintf(stderr, "winnow %s: cannot open %s: %s\n", who, file.c_str(), std::strerror(errno));
    return false;
  }
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EINTR) continue;
    if (errno != EWOULDBLOCK) {
      std::fprintf(stderr, "winnow %s: cannot lock %s: %s\n", who, file.c_str(), std::strerror(errno));
      return false;
    }
    char pid[32] = {0};
    ssize_t n = ::pread(fd_, pid, sizeof pid - 1, 0);
    std::fprintf(stderr,
                 "winnow %s: %s is in use by another winnow run (pid %s); nothing was read or "
                 "written. Run again when it has finished.\n",
                 who, dir.c_str(), n > 0 ? pid : "unknown");
    return false;
  }
  std::string me = std::to_string(::getpid());
  if (::ftruncate(fd_, 0) == 0) (void)!::pwrite(fd_, me.data(), me.size(), 0);
  return true;
}

}  // namespace winnow::cli
