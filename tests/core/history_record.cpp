// The one reader of a history record (winnow/history_record.h): what it reads, the errors it
// names, and `winnow history` answering every record byte for byte as the core's reader does.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_test_util.h"
#include "story_test_util.h"
#include "winnow/history_record.h"
#include "winnow/templates.h"

namespace fs = std::filesystem;
using namespace winnow;
using namespace story_test;

namespace {

constexpr std::int64_t kNow = 1700000000;

history::Record parsed(const std::string& json, std::string* error,
                       match::Sensitivity sensitivity = match::Sensitivity::Normal) {
  history::Record r;
  *error = history::parse_record(json, kNow, sensitivity, false, &r);
  return r;
}

std::string error_of(const std::string& json) {
  std::string error;
  parsed(json, &error);
  return error;
}

std::string fixture_html() {
  std::ifstream in(std::string(WINNOW_TEST_DIR) + "/pages/bestnews-daily/met-police-backlash-call-handler.html");
  std::stringstream html;
  html << in.rdbuf();
  return html.str();
}

}  // namespace

TEST_CASE("history record: fields read, defaults for what is missing", "[history][record]") {
  std::string error;
  history::Record r = parsed(R"({"id":"a","url":"https://x.example/p","time":"2024-03-01","title":"T","text":"one\ntwo"})", &error);
  REQUIRE(error.empty());
  CHECK(r.visit.id_json == R"("a")");
  CHECK(r.visit.url == "https://x.example/p");
  CHECK(r.visit.time == 1709251200);
  CHECK(r.visit.text_doc);
  CHECK(r.title == "T");
  CHECK(r.text == "one\ntwo");
  CHECK(r.sensitivity == match::Sensitivity::Normal);

  // A missing time is now, a missing sensitivity the caller's; the record's own wins.
  r = parsed(R"({"text":"x"})", &error, match::Sensitivity::High);
  CHECK(r.visit.id_json == "null");
  CHECK(r.visit.time == kNow);
  CHECK(r.sensitivity == match::Sensitivity::High);
  CHECK(parsed(R"({"text":"x","sensitivity":"low"})", &error, match::Sensitivity::High).sensitivity ==
        match::Sensitivity::Low);

  // Seconds as a JSON number, fractions dropped; far-off times clamped rather than overflowing.
  CHECK(parsed(R"({"text":"x","time":1700000000.9})", &error).visit.time == 1700000000);
  CHECK(parsed(R"({"text":"x","time":1e300})", &error).visit.time == 1000000000000000);
  CHECK(parsed(R"({"text":"x","time":-1e300})", &error).visit.time == -1000000000000000);

  // Ids of any JSON type are echoed as compact JSON text, strings re-escaped.
  CHECK(parsed(R"({"id": 12 ,"text":"x"})", &error).visit.id_json == "12");
  CHECK(parsed(R"({"id": [1, {"a": "b c"}],"text":"x"})", &error).visit.id_json == R"([1,{"a":"b c"}])");
  CHECK(parsed(R"({"id":"\u00e9\/","text":"x"})", &error).visit.id_json == "\"\xC3\xA9/\"");
}

TEST_CASE("history record: a record that cannot be read is answered with the field at fault", "[history][record]") {
  CHECK(error_of("[1,2]") == R"({"id":null,"error":"not a JSON object"})");
  CHECK(error_of(R"({"id":"a","text":"x")") == R"({"id":null,"error":"malformed JSON object"})");
  CHECK(error_of(R"({"id":"e","url":5,"text":"x"})") == R"({"id":"e","error":"field 'url' must be a string"})");
  CHECK(error_of(R"({"id":"e","text":["x"]})") == R"({"id":"e","error":"field 'text' must be a string"})");
  CHECK(error_of(R"({"id":"e","html":7})") == R"({"id":"e","error":"field 'html' must be a string"})");
  CHECK(error_of(R"({"id":"e","url":"https://x.example/"})") ==
        R"j({"id":"e","error":"missing field 'text' (or 'html' or 'snapshot')"})j");
  for (const char* time : {R"("soon")", R"("")", "true", "[1]"})
    CHECK(error_of(std::string(R"({"id":"e","text":"x","time":)") + time + "}") ==
          R"({"id":"e","error":"field 'time' must be an ISO 8601 date-time or seconds since the epoch"})");
  // Values are echoed as written, so they must be JSON: no bare words, no raw control characters.
  CHECK(error_of(R"({"id":1x,"text":"x"})") == R"({"id":null,"error":"malformed JSON value"})");
  CHECK(error_of(R"({"id":[1,{"a":-}],"text":"x"})") == R"({"id":null,"error":"malformed JSON value"})");
  CHECK(error_of("{\"id\":\"a\tb\",\"text\":\"x\"}") == R"({"id":null,"error":"malformed JSON string"})");
  CHECK(error_of(R"({"id":"e","text":"x","sensitivity":"max"})") ==
        R"({"id":"e","error":"field 'sensitivity' must be low, normal or high"})");
}

TEST_CASE("history record: any bytes get a record or one JSON error answer", "[history][record][limits]") {
  const std::string good = R"({"id":"g","url":"https://x.example/\u00e9","time":1700000000,"title":"T","text":"a\nb","n":[1,{"k":"v"}]})";
  std::vector<std::string> inputs;
  for (std::size_t n = 0; n <= good.size(); ++n) inputs.push_back(good.substr(0, n));  // every prefix
  std::uint32_t seed = 12345;
  for (int i = 0; i < 2000; ++i) {  // byte flips, kept deterministic
    std::string s = good;
    for (int k = 0; k < 3; ++k) {
      seed = seed * 1664525u + 1013904223u;
      s[(seed >> 8) % s.size()] = static_cast<char>(seed >> 24);
    }
    inputs.push_back(s);
  }
  for (const char* id : {"1x", "tru", "-", "nul", "{\"a\":1x}", "[1,,2]", "\"\\q\""})  // ill-formed ids
    inputs.push_back(std::string("{\"id\":") + id + ",\"text\":5}");
  inputs.push_back(std::string(100000, '['));  // deep nesting is skipped, bounded
  inputs.push_back("{\"id\":" + std::string(100000, '[') + "}");
  for (const std::string& in : inputs) {
    std::string error;
    parsed(in, &error);
    if (error.empty()) continue;
    INFO(in.substr(0, 120));
    const auto answer = nlohmann::json::parse(error, nullptr, false);
    REQUIRE(answer.is_object());
    CHECK(answer.contains("id"));
    CHECK(answer["error"].is_string());
  }
}

TEST_CASE("history record: natively an html page is read as `winnow extract` reads it", "[history][record]") {
  const std::string html = fixture_html();
  const std::string url = "https://www.bestnews-daily.example/met/";
  std::string error;
  history::Record r = parsed(R"({"id":"h","url":")" + url + R"(","html":)" + match::json_string(html) + "}", &error);
  REQUIRE(error.empty());
  CHECK_FALSE(r.visit.text_doc);  // an html page is added only when it is an article
  templates::Memory m1, m2;
  Page page = history::read_page(r, std::nullopt, &m1, true);
  CHECK(page.type == PageType::Article);
  CHECK(to_json(page, "null") == to_json(extract_html(html, url, &m2), "null"));
  CHECK(m1.serialize() == m2.serialize());
}

TEST_CASE("history record: `winnow history` answers each record as the core's reader does", "[history][record][cli]") {
  const std::string lines[] = {
      R"({"id":"s1","url":"https://one.example/storm","time":"2024-05-01T08:00:00Z","title":"Storm","text":)" +
          match::json_string(storm_text("Ravensholm", 2019, 0)) + "}",
      R"({"id":[1, 2],"url":"https://two.example/x","time":1714560000.5,"title":"Damage","text":)" +
          match::json_string(storm_text("Ravensholm", 2019, 1)) + "}",
      R"({"id":"h","url":"https://www.bestnews-daily.example/met/","time":1714570000,"html":)" +
          match::json_string(fixture_html()) + "}",
      "not json",
      R"({"id":"e1","url":"https://x.example/","time":"soon","text":"x"})",
      R"({"id":"e2","url":5,"text":"x"})",
      R"({"id":"e3","url":"https://x.example/","time":1714560000})",
      R"({"id":"e4","time":1714560000,"text":"x","sensitivity":"max"})",
  };
  std::string input;
  for (const auto& l : lines) input += l + "\n";
  fs::path dir = fs::temp_directory_path() / ("winnow_record_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  std::vector<std::string> cli = cli_test::run_winnow("history --db " + dir.string(), input);
  fs::remove_all(dir);

  history::History h;
  templates::Memory memory;
  REQUIRE(cli.size() == std::size(lines));
  for (std::size_t i = 0; i < cli.size(); ++i) {
    INFO("record " << i << ": " << lines[i].substr(0, 80));
    CHECK(cli[i] == history::visit_record(h, &memory, lines[i], true, kNow));
  }
  CHECK(nlohmann::json::parse(cli[1])["match_id"] == "s1");  // the retelling found the first write-up
}
