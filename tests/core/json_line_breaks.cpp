// U+0085, U+2028 and U+2029 leave the core and the CLI escaped (design.md), so a reader that
// splits on every Unicode line break still sees one record a line.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_test_util.h"
#include "winnow/json_string.h"

using nlohmann::json;

namespace {

const std::string kNel = "\xC2\x85", kLs = "\xE2\x80\xA8", kPs = "\xE2\x80\xA9";

bool has_raw_line_break(const std::string& s) {
  return s.find(kNel) != std::string::npos || s.find(kLs) != std::string::npos ||
         s.find(kPs) != std::string::npos;
}

}  // namespace

TEST_CASE("json string writer escapes the Unicode line breaks and nothing else new", "[json]") {
  std::string out;
  winnow::append_json_string(out, "a" + kNel + "b" + kLs + "c" + kPs + "\xC2\xA9\xE2\x80\x94\"\n");
  REQUIRE(out == "\"a\\u0085b\\u2028c\\u2029\xC2\xA9\xE2\x80\x94\\\"\\n\"");
  REQUIRE(json::parse(out) == "a" + kNel + "b" + kLs + "c" + kPs + "\xC2\xA9\xE2\x80\x94\"\n");
  // a lone lead byte at the end is left to the caller's UTF-8 rules, never read past
  std::string tail;
  winnow::append_json_string(tail, std::string("x\xE2\x80", 3));
  REQUIRE(tail == std::string("\"x\xE2\x80\"", 5));

  std::string text = json{{"t", kLs + "x" + kNel}}.dump();
  winnow::escape_line_breaks(text);
  REQUIRE(text == R"({"t":"\u2028x\u0085"})");
  std::string plain = R"({"t":"©—"})";
  winnow::escape_line_breaks(plain);
  REQUIRE(plain == R"({"t":"©—"})");
}

TEST_CASE("cli: every command's answer escapes U+0085, U+2028, U+2029", "[json][cli]") {
  const std::string odd = "Storm" + kLs + "warning" + kPs + "issued" + kNel + "today";
  const std::string html = "<html><head><title>" + odd + "</title></head><body><article><h1>" + odd +
                           "</h1><p>" + odd + " and the river rose over the old bridge in the night, said the mayor.</p>"
                           "</article></body></html>";
  json page = {{"id", odd}, {"url", "https://a.example/x"}, {"html", html}};
  json doc = {{"title", odd}, {"text", odd + " and the river rose over the bridge in the night.\nMore " + odd}};
  json visit = {{"id", odd}, {"url", "https://a.example/y"}, {"time", 1700000000}, {"title", odd}, {"text", doc["text"]}};
  json cmp = {{"id", odd}, {"a", doc}, {"b", doc}};
  json tok = {{"id", odd}, {"text", odd}};
  std::string dir = (std::filesystem::temp_directory_path() / ("winnow_lb_" + std::to_string(::getpid()))).string();
  struct Case { std::string args; json in; };
  for (const Case& c : {Case{"extract", page}, Case{"compare", cmp}, Case{"history --db " + dir, visit},
                        Case{"tokens", tok}, Case{"snapshot", page}}) {
    INFO(c.args);
    auto out = cli_test::run_winnow(c.args, c.in.dump() + "\n" + json{{"id", odd}}.dump() + "\n");
    REQUIRE(out.size() == 2);
    for (const std::string& line : out) {
      REQUIRE_FALSE(has_raw_line_break(line));
      json j = json::parse(line);
      REQUIRE(j["id"] == odd);  // escaped, not dropped
    }
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("json string writer: a character to escape is found at every place of a long run", "[json]") {
  // plain runs are passed over eight bytes at a time: each special character at each offset
  const std::string specials[] = {"\"", "\\", "\n", std::string(1, '\x01'), "\x1F", kNel, kLs, kPs};
  for (const std::string& sp : specials)
    for (std::size_t at = 0; at < 20; ++at) {
      const std::string text = std::string(at, 'a') + sp + std::string(19 - at, '~') + "\xC2\xA9 \x7F";
      std::string out;
      winnow::append_json_string(out, text);
      CHECK(json::parse(out) == text);
      CHECK(!has_raw_line_break(out));
      CHECK(out.find('\n') == std::string::npos);
      CHECK(out.find('\x01') == std::string::npos);
      CHECK(out.find('\x1F') == std::string::npos);
    }
}
