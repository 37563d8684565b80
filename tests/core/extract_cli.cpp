// `winnow extract` as outside checks call it: JSON Lines in order, error lines, --history DIR.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {
std::vector<json> run(const std::string& args, const std::string& input, std::string* err = nullptr) {
  std::vector<json> lines;
  for (const std::string& line : cli_test::run_winnow("extract " + args, input, err))
    lines.push_back(json::parse(line));
  return lines;
}
std::string page(const std::string& id, const std::string& url) {
  json j = {{"id", id}, {"url", url},
            {"html", "<html><body><div class=nav><a href=/>Home</a></div><article><p>The one paragraph of this story is long "
                     "enough to count as article text, with words and commas, and a full stop.</p><p>A second paragraph "
                     "follows, so that the article has a body that the classifier can find easily.</p></article>"
                     "<div class=foot><div>The valley's own paper since 1901</div></div></body></html>"}};
  return j.dump();
}
}  // namespace

TEST_CASE("cli: one answer per line, in order, with error lines", "[extract][cli]") {
  std::string input = page("a", "https://x.example/1") + "\nnot json\n" + "{\"id\": 5, \"url\": \"https://x.example/2\"}\n" +
                      "[1,2]\n" + page("b", "https://x.example/3") + "\n" +
                      json({{"id", "empty"}, {"url", "https://x.example/e"}, {"html", ""}}).dump() + "\n";
  auto out = run("", input);
  REQUIRE(out.size() == 6);
  CHECK(out[0]["id"] == "a");
  CHECK(out[0]["page_type"].is_string());
  // the page's own text, in order (whether its one-link menu is dimmed is the classifier's
  // business, tested with the classifier)
  const std::string main_a = out[0]["main_text"].get<std::string>();
  CHECK(main_a.find("The one paragraph") != std::string::npos);
  CHECK(main_a.find("The one paragraph") < main_a.find("A second paragraph"));
  CHECK(out[1]["id"].is_null());
  CHECK(out[1].contains("error"));
  CHECK(out[2]["id"] == 5);
  CHECK(out[2]["error"].get<std::string>().find("html") != std::string::npos);
  CHECK(out[3]["id"].is_null());
  CHECK(out[4]["id"] == "b");
  CHECK(out[5]["blocks"] == json::array());
  CHECK(out[5]["main_text"] == "");
  CHECK(out[5]["page_type"] == "other");
}

TEST_CASE("cli: --history creates DIR and remembers the site's template blocks", "[extract][cli]") {
  fs::path dir = fs::temp_directory_path() / ("winnow_hist_" + std::to_string(::getpid())) / "nested";
  fs::remove_all(dir.parent_path());
  run("--history " + dir.string(), page("1", "https://v.example/1") + "\n" + page("2", "https://v.example/2") + "\n");
  REQUIRE(fs::exists(dir / "templates.bin"));
  auto out = run("--history " + dir.string(), page("3", "https://v.example/3") + "\n");
  REQUIRE(out.size() == 1);
  bool templ = false;
  for (const auto& b : out[0]["blocks"])
    if (b["text"] == "The valley's own paper since 1901") templ = b["kind"] == "template";
  CHECK(templ);
  // a corrupt memory is reported and skipped, never fatal
  {
    std::ofstream f(dir / "templates.bin", std::ios::trunc);
    f << "garbage";
  }
  std::string err;
  auto again = run("--history " + dir.string(), page("4", "https://v.example/4") + "\n", &err);
  REQUIRE(again.size() == 1);
  CHECK(again[0]["id"] == "4");
  CHECK_FALSE(again[0].contains("error"));
  CHECK(err.find("templates.bin") != std::string::npos);
  CHECK(err.find("starting from an empty memory") != std::string::npos);
  fs::remove_all(dir.parent_path());
}
