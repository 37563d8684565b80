// Runs the built `winnow` tool the way outside checks do: JSON Lines on stdin, one answer
// line per input line on stdout.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cli_test {

// `winnow ARGS < input`, stdout split into lines; stderr into `err` when given, else dropped.
inline std::vector<std::string> run_winnow(const std::string& args, const std::string& input,
                                           std::string* err = nullptr) {
  namespace fs = std::filesystem;
  static int serial = 0;
  fs::path in = fs::temp_directory_path() /
                ("winnow_cli_in_" + std::to_string(::getpid()) + "_" + std::to_string(serial++));
  {
    std::ofstream f(in);
    f << input;
  }
  fs::path err_file = in.string() + ".err";
  std::string cmd = std::string(WINNOW_CLI) + " " + args + " < " + in.string() + " 2>" +
                    (err ? err_file.string() : std::string("/dev/null"));
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  while (p && std::fgets(buf, sizeof buf, p)) out += buf;
  if (p) pclose(p);
  fs::remove(in);
  if (err) {
    std::ifstream f(err_file);
    std::ostringstream e;
    e << f.rdbuf();
    *err = e.str();
    fs::remove(err_file);
  }
  std::vector<std::string> lines;
  std::istringstream ss(out);
  for (std::string line; std::getline(ss, line);) lines.push_back(line);
  return lines;
}

}  // namespace cli_test
