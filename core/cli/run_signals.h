// Stopping a long run without losing it: SIGTERM, SIGINT, SIGHUP and SIGPIPE only raise a flag
// (nothing else is safe in a signal handler); the record loop sees it between records, and
// reading stdin wakes up to see it too, so the command saves what it added and exits.
#pragma once

#include <streambuf>

namespace winnow::cli {

// Installs the handlers (once; without SA_RESTART, so a blocked read returns).
void install_stop_signals();
// The signal that asked the run to stop, or 0.
int stop_signal();

// stdin read with read(2) in the calling thread, giving up at end of input or once
// stop_signal() is set, so a run waiting for its next line still stops on SIGTERM.
class StdinBuf : public std::streambuf {
 protected:
  int_type underflow() override;

 private:
  char buf_[1 << 16];
};

}  // namespace winnow::cli
