// `winnow history --db DIR` keeps what it read through faults: one writer at a time, saves
// during the run and on SIGTERM or a closed pipe, retention from now with sane times, a
// count limit of one, and damaged or empty files that never block DIR nor vanish.
#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_process.h"
#include "story_test_util.h"
#include "winnow/history.h"

namespace fs = std::filesystem;
using cli_test::Process;
using nlohmann::json;
using namespace story_test;

namespace {

const char* kPlaces[] = {"Ravensholm", "Kettlewick", "Amberley", "Dunmore", "Westerby", "Holloway", "Fenwick"};

std::string page_line(int i, const json& time) {
  std::string place = kPlaces[i % 7];
  return json{{"id", "p" + std::to_string(i)}, {"url", "https://site" + std::to_string(i) + ".example/story"},
              {"time", time}, {"title", "Storm hits " + place}, {"text", storm_text(place, 2000 + i, i % 3)}}
             .dump() +
         "\n";
}

std::int64_t now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

fs::path fresh_dir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("winnow_dur_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::size_t pages_in(const fs::path& dir) {
  winnow::history::LoadReport rep;
  auto h = winnow::history::History::deserialize(read_file(dir / "history.bin"), &rep);
  return rep.ok ? h.size() : 0;
}

// Runs `history --db dir ARGS` over `input` to its end; the exit status.
int run_history(const fs::path& dir, const std::string& input, std::vector<std::string> args = {},
                std::string* err = nullptr) {
  fs::path err_file = dir.string() + ".err";
  args.insert(args.begin(), {"history", "--db", dir.string()});
  Process p(args, err_file.string());
  p.write(input);
  p.close_stdin();
  while (!p.read_line().empty()) {
  }
  int status = p.wait();
  if (err) *err = read_file(err_file);
  fs::remove(err_file);
  return status;
}

// Writes pages 0..n-1 to a running `history` and waits for each page's answer.
void answered(Process& p, int n) {
  for (int i = 0; i < n; ++i) {
    p.write(page_line(i, now()));
    REQUIRE(json::parse(p.read_line())["id"] == "p" + std::to_string(i));
  }
}

// A run saving every `save_seconds`, `pages` pages answered, then stopped by `stop`: it exits
// with `status` and leaves `kept` pages in DIR's history.bin.
void stopped_run(const std::string& name, const char* save_seconds, int pages,
                 const std::function<void(Process&)>& stop, int status, std::size_t kept) {
  std::signal(SIGPIPE, SIG_IGN);
  fs::path dir = fresh_dir(name);
  Process p({"history", "--db", dir.string(), "--save-seconds", save_seconds});
  answered(p, pages);
  stop(p);
  CHECK(p.wait() == status);
  CHECK(pages_in(dir) == kept);
  fs::remove_all(dir);
}

std::vector<fs::path> kept_aside(const fs::path& dir, const std::string& name) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().rfind(name + ".damaged-", 0) == 0) out.push_back(e.path());
  return out;
}

}  // namespace

TEST_CASE("durability: a second writer on the same DIR fails clearly, the first keeps its run", "[durability][cli]") {
  std::signal(SIGPIPE, SIG_IGN);
  fs::path dir = fresh_dir("lock");
  Process first({"history", "--db", dir.string()});
  answered(first, 2);
  std::string err;
  int second = run_history(dir, page_line(2, now()), {}, &err);
  CHECK(second != 0);
  CHECK(err.find("in use by another winnow run") != std::string::npos);
  first.close_stdin();
  CHECK(first.wait() == 0);
  CHECK(pages_in(dir) == 2);
  CHECK(run_history(dir, page_line(3, now())) == 0);  // free again once the first has ended
  CHECK(pages_in(dir) == 3);
  fs::remove_all(dir);
}

TEST_CASE("durability: SIGTERM while waiting for input saves every page answered", "[durability][cli]") {
  stopped_run("term", "100000", 5, [](Process& p) { p.signal(SIGTERM); }, 128 + SIGTERM, 5);
}

TEST_CASE("durability: a reader that goes away (SIGPIPE) loses no page", "[durability][cli]") {
  auto reader_gone = [](Process& p) {
    p.close_stdout();
    p.write(page_line(3, now()));  // added, then its answer hits the closed pipe
  };
  stopped_run("pipe", "100000", 3, reader_gone, 128 + SIGPIPE, 4);
}

TEST_CASE("durability: a run killed outright keeps what its periodic saves wrote", "[durability][cli]") {
  stopped_run("kill", "0", 3, [](Process& p) { p.signal(SIGKILL); }, 128 + SIGKILL, 3);
}

TEST_CASE("durability: retention from now; far-off times neither wipe pages nor overflow", "[durability][cli]") {
  fs::path dir = fresh_dir("age");
  std::string in = page_line(0, now() - 86400) + page_line(1, "9999-12-31T00:00:00Z") + page_line(2, 1e300) +
                   page_line(3, now());
  CHECK(run_history(dir, in, {"--max-age-days", "90"}) == 0);
  CHECK(pages_in(dir) == 4);
  CHECK(run_history(dir, page_line(4, now()), {"--max-age-days", "1e300"}) == 0);
  CHECK(run_history(dir, page_line(5, now()), {"--max-age-days", "99999999999999999999"}) == 0);
  CHECK(pages_in(dir) == 6);
  // a page read long ago is dropped by the next run's retention, measured from now
  CHECK(run_history(dir, page_line(6, "2001-01-01") + page_line(0, now()), {"--max-age-days", "90"}) == 0);
  CHECK(pages_in(dir) == 7);
  fs::remove_all(dir);
}

TEST_CASE("durability: --max-pages 1 keeps one page", "[durability][cli]") {
  fs::path dir = fresh_dir("count");
  CHECK(run_history(dir, page_line(0, now()) + page_line(1, now()) + page_line(2, now()), {"--max-pages", "1"}) == 0);
  CHECK(pages_in(dir) == 1);
  CHECK(run_history(dir, page_line(3, now()), {"--max-pages", "2"}) == 0);
  CHECK(pages_in(dir) == 2);
  fs::remove_all(dir);
}

TEST_CASE("durability: an empty history.bin does not block DIR", "[durability][cli]") {
  fs::path dir = fresh_dir("empty");
  std::ofstream(dir / "history.bin").close();
  CHECK(run_history(dir, page_line(0, now())) == 0);
  CHECK(pages_in(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("durability: damaged history.bin and templates.bin are kept aside before rewriting", "[durability][cli]") {
  fs::path dir = fresh_dir("damaged");
  REQUIRE(run_history(dir, page_line(0, now()) + page_line(1, now()) + page_line(2, now())) == 0);
  std::string bytes = read_file(dir / "history.bin");
  std::size_t second = bytes.find("WREC", bytes.find("WREC") + 4);
  REQUIRE(second != std::string::npos);
  bytes[second + 40] ^= 0x5a;
  std::ofstream(dir / "history.bin", std::ios::binary) << bytes;
  std::string templates = read_file(dir / "templates.bin");
  REQUIRE(templates.size() > 16);
  templates[templates.size() / 2] ^= 0x5a;
  std::ofstream(dir / "templates.bin", std::ios::binary) << templates;

  std::string err;
  CHECK(run_history(dir, page_line(3, now()), {}, &err) == 0);
  CHECK(pages_in(dir) == 3);  // the two readable pages and the new one
  auto history_copies = kept_aside(dir, "history.bin");
  auto template_copies = kept_aside(dir, "templates.bin");
  REQUIRE(history_copies.size() == 1);
  REQUIRE(template_copies.size() == 1);
  CHECK(read_file(history_copies[0]) == bytes);
  CHECK(read_file(template_copies[0]) == templates);
  CHECK(err.find("kept as") != std::string::npos);
  // not a history at all: kept aside, and DIR starts afresh rather than staying blocked
  std::ofstream(dir / "history.bin", std::ios::binary) << "garbage, not a history";
  CHECK(run_history(dir, page_line(4, now())) == 0);
  CHECK(pages_in(dir) == 1);
  CHECK(kept_aside(dir, "history.bin").size() == 2);
  fs::remove_all(dir);
}
