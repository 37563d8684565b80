// The built `winnow` tool as a child process the test talks to line by line, to stop it
// mid-run (signals, a closed pipe) and to run two at once.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace cli_test {

class Process {
 public:
  // `winnow ARGS...`; stderr goes to `err_file` ("" for /dev/null).
  explicit Process(const std::vector<std::string>& args, const std::string& err_file = "") {
    int in[2], out[2];
    if (::pipe(in) != 0 || ::pipe(out) != 0) return;
    pid_ = ::fork();
    if (pid_ == 0) {
      ::signal(SIGPIPE, SIG_DFL);  // as a shell starts it (the test itself ignores SIGPIPE)
      ::dup2(in[0], 0);
      ::dup2(out[1], 1);
      int err = ::open(err_file.empty() ? "/dev/null" : err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(err, 2);
      for (int fd : {in[0], in[1], out[0], out[1], err}) ::close(fd);
      std::vector<char*> argv{const_cast<char*>(WINNOW_CLI)};
      for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      ::execv(WINNOW_CLI, argv.data());
      ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    in_ = in[1];
    out_ = out[0];
  }
  ~Process() {
    close_stdin();
    close_stdout();
    if (pid_ > 0 && status_ < 0) wait();
  }
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  bool write(const std::string& s) {
    return in_ >= 0 && ::write(in_, s.data(), s.size()) == static_cast<ssize_t>(s.size());
  }
  // The next line of stdout (without '\n'); "" at its end.
  std::string read_line() {
    std::string line;
    char c;
    while (out_ >= 0 && ::read(out_, &c, 1) == 1 && c != '\n') line += c;
    return line;
  }
  void close_stdin() {
    if (in_ >= 0) ::close(in_);
    in_ = -1;
  }
  void close_stdout() {
    if (out_ >= 0) ::close(out_);
    out_ = -1;
  }
  void signal(int sig) {
    if (pid_ > 0) ::kill(pid_, sig);
  }
  // The exit status, or 128 + the signal that ended it.
  int wait() {
    if (status_ >= 0) return status_;
    int st = 0;
    ::waitpid(pid_, &st, 0);
    status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return status_;
  }

 private:
  pid_t pid_ = -1;
  int in_ = -1, out_ = -1, status_ = -1;
};

}  // namespace cli_test
