// Replays the committed fuzz inputs (fuzz/regressions/<door>/) through the fuzz targets' own
// doors (fuzz/doors.h), so every build's ctest and its ASan run check them without libFuzzer.
// A door aborts when one of its promises breaks; a sanitizer reports the rest. The CLI's JSON
// Lines door needs the CLI's reader, which this binary does not link: scripts/fuzz.sh replays
// fuzz/regressions/jsonl as seeds of its own target.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../../fuzz/doors.h"

namespace fs = std::filesystem;

namespace {

// Every file of fuzz/regressions/<door>, read whole, passed to `door`; the count of files.
template <typename Door>
std::size_t replay(const char* door_name, Door door) {
  std::size_t n = 0;
  const fs::path dir = fs::path(WINNOW_TEST_DIR) / ".." / "fuzz" / "regressions" / door_name;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::ifstream f(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    INFO(e.path());
    door(ss.str());
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("fuzz regressions: every committed input passes its door", "[fuzz][limits]") {
  CHECK(replay("snapshot", winnow::fuzz::snapshot_door) >= 2);
  CHECK(replay("html", winnow::fuzz::html_door) >= 4);
  CHECK(replay("history", winnow::fuzz::history_door) >= 3);
  CHECK(replay("templates", winnow::fuzz::templates_door) >= 3);
  CHECK(replay("record", winnow::fuzz::record_door) >= 2);
}
