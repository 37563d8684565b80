// `winnow compare` and `winnow history --db DIR` as outside checks call them.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_test_util.h"
#include "story_test_util.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace story_test;

namespace {

std::vector<std::string> run(const std::string& args, const std::string& input) {
  return cli_test::run_winnow(args, input);
}

std::string doc_line(const std::string& id, const std::string& url, const json& time,
                     const std::string& title, const std::string& text) {
  return json{{"id", id}, {"url", url}, {"time", time}, {"title", title}, {"text", text}}.dump() + "\n";
}

}  // namespace

TEST_CASE("cli compare: score and verdict per line, errors answered in order", "[history][cli]") {
  json same = {{"id", "p1"},
               {"a", {{"title", "Storm"}, {"text", storm_text("Ravensholm", 2019, 0)}}},
               {"b", {{"title", "Damage"}, {"text", storm_text("Ravensholm", 2019, 1)}}}};
  json other = {{"id", 2},
                {"a", {{"title", "Storm"}, {"text", storm_text("Ravensholm", 2019, 0)}}},
                {"b", {{"title", "Vote"}, {"text", election_text()}}}};
  auto out = run("compare", same.dump() + "\nnot json\n" + json{{"id", "p3"}, {"a", {{"text", "x"}}}}.dump() +
                                "\n" + other.dump() + "\n");
  REQUIRE(out.size() == 4);
  json a = json::parse(out[0]);
  REQUIRE(a["id"] == "p1");
  REQUIRE(a["verdict"] == "same_story");
  REQUIRE(out[0].rfind(R"({"id":"p1","score":)", 0) == 0);
  REQUIRE(json::parse(out[1])["id"].is_null());
  REQUIRE(json::parse(out[1]).contains("error"));
  REQUIRE(json::parse(out[2])["id"] == "p3");
  REQUIRE(json::parse(out[2]).contains("error"));
  json d = json::parse(out[3]);
  REQUIRE(d["id"] == 2);
  REQUIRE(d["verdict"] == "different");
  REQUIRE(d["score"].get<double>() < a["score"].get<double>());
}

TEST_CASE("cli history: DIR created, pages remembered across runs, answers per design", "[history][cli]") {
  fs::path dir = fs::temp_directory_path() / ("winnow_hist_" + std::to_string(::getpid())) / "nested" / "db";
  fs::remove_all(dir.parent_path().parent_path());
  std::string first = doc_line("s1", "https://one.example/storm?utm_source=x", "2024-05-01T08:00:00Z", "Storm",
                               storm_text("Ravensholm", 2019, 0)) +
                      doc_line("s2", "https://two.example/vote", 1714560000, "Vote", election_text()) +
                      "[1,2]\n" +
                      json{{"id", "s3"}, {"url", "https://x.example/"}, {"time", "soon"}, {"text", "x"}}.dump() + "\n";
  auto out1 = run("history --db " + dir.string(), first);
  REQUIRE(out1.size() == 4);
  json a = json::parse(out1[0]);
  REQUIRE(a["seen_before"] == false);
  REQUIRE(a["match_id"].is_null());
  REQUIRE(a["match_url"].is_null());
  REQUIRE(a["score"] == 0);
  REQUIRE(a["verdict"] == "different");
  REQUIRE(a["paragraphs"].size() == 5);
  REQUIRE(a["paragraphs"][2]["index"] == 2);
  REQUIRE(a["paragraphs"][2]["status"] == "new");
  REQUIRE(json::parse(out1[2]).contains("error"));
  REQUIRE(json::parse(out1[3])["id"] == "s3");
  REQUIRE(json::parse(out1[3]).contains("error"));  // a time that is neither ISO 8601 nor a number
  REQUIRE(fs::exists(dir / "history.bin"));
  REQUIRE_FALSE(fs::exists(dir / "history.bin.tmp"));

  // A second run reads the history back: a retelling matches s1, a re-read of s1's URL too.
  std::string second = doc_line("s4", "https://four.example/x", "2024-05-02", "Damage", storm_text("Ravensholm", 2019, 1)) +
                       doc_line("s5", "https://one.example/storm#top", "2024-05-03", "Storm",
                                storm_text("Ravensholm", 2019, 0) + "Later on Thursday the coastguard found a fourth resident, a fisherman from Hollin Bay, injured near the pier, officials said.\n");
  auto out2 = run("history --db " + dir.string(), second);
  REQUIRE(out2.size() == 2);
  json r = json::parse(out2[0]);
  REQUIRE(r["seen_before"] == true);
  REQUIRE(r["match_id"] == "s1");
  REQUIRE(r["match_url"] == "https://one.example/storm?utm_source=x");
  REQUIRE(r["verdict"] == "same_story");
  json u = json::parse(out2[1]);
  REQUIRE(u["match_id"] == "s1");
  REQUIRE(u["verdict"] == "duplicate");
  REQUIRE(u["paragraphs"][0]["status"] == "known");
  REQUIRE(u["paragraphs"][5]["status"] == "new");
  fs::remove_all(dir.parent_path().parent_path());
}
