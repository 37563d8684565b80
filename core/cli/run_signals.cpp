// The stop flag and the stdin buffer of run_signals.h.
#include "run_signals.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace winnow::cli {
namespace {

volatile std::sig_atomic_t g_stop = 0;

extern "C" void on_stop_signal(int sig) { g_stop = sig; }

}  // namespace

void install_stop_signals() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocked read or write returns EINTR and sees the flag
  for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGPIPE}) sigaction(sig, &sa, nullptr);
}

int stop_signal() { return g_stop; }

StdinBuf::int_type StdinBuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  for (;;) {
    if (g_stop) return traits_type::eof();
    // A signal between the check and read() would not interrupt it: poll with a timeout so
    // the flag is seen within a fraction of a second either way.
    pollfd p{STDIN_FILENO, POLLIN, 0};
    int ready = ::poll(&p, 1, 200);
    if (ready < 0 && errno != EINTR) return traits_type::eof();
    if (ready <= 0) continue;
    ssize_t n = ::read(STDIN_FILENO, buf_, sizeof buf_);
    if (n > 0) {
      setg(buf_, buf_, buf_ + n);
      return traits_type::to_int_type(*gptr());
    }
    if (n == 0 || errno != EINTR) return traits_type::eof();
  }
}

}  // namespace winnow::cli
