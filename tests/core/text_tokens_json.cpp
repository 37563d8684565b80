// The one serialiser of `winnow tokens` and the wasm tokensJson(): valid JSON in nlohmann's
// exact format (the CLI parses and re-dumps it), and faithful to tokenize()/sentences().
#include <catch2/catch.hpp>

#include <fstream>

#include <nlohmann/json.hpp>

#include "winnow/text.h"
#include "winnow/json_string.h"
#include "winnow/tokens_json.h"

using nlohmann::json;

namespace {

void check_round_trip(const std::string& text, const std::string& id_json) {
  const std::string out = winnow::text::tokens_json(text, id_json);
  const json j = json::parse(out);
  INFO(out);
  CHECK(j.dump() == out);  // byte-identical after nlohmann's parse + dump
  const auto toks = winnow::text::tokenize(text);
  REQUIRE(j["tokens"].size() == toks.size());
  for (std::size_t i = 0; i < toks.size(); ++i) {
    CHECK(j["tokens"][i][0] == toks[i].begin);
    CHECK(j["tokens"][i][1] == toks[i].end);
    CHECK(j["tokens"][i][2] == toks[i].norm);
    CHECK(j["tokens"][i][3] == winnow::text::kind_name(toks[i].kind));
    CHECK(j["tokens"][i][4] == winnow::text::script_name(toks[i].script));
  }
  CHECK(j["sentences"].size() == winnow::text::sentences(text).size());
}

}  // namespace

TEST_CASE("tokens_json: shape and escaping", "[text]") {
  CHECK(winnow::text::tokens_json("Hi!", "\"x\"") ==
        R"({"id":"x","sentences":[[0,3]],"tokens":[[0,2,"hi","Word","Latin"],[2,3,"!","Punct","Common"]]})");
  CHECK(winnow::text::tokens_json("") == R"({"id":null,"sentences":[],"tokens":[]})");
  check_round_trip("say \"hi\" \\ back\\slash / \x7f tab\there", "1");
  std::string esc;
  winnow::append_json_string(esc, std::string("a\"b\\c\n\x01\x1f\x7f\u00e9", 11));
  CHECK(esc == std::string("\"a\\\"b\\\\c\\n\\u0001\\u001f\x7f\u00e9\""));
  CHECK(esc == json(std::string("a\"b\\c\n\x01\x1f\x7f\u00e9", 11)).dump());
}

TEST_CASE("tokens_json: every parity corpus line round-trips through nlohmann", "[text]") {
  std::ifstream in(std::string(WINNOW_TEST_DIR) + "/corpus/parity.jsonl");
  REQUIRE(in);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const json rec = json::parse(line);
    check_round_trip(rec["text"].get<std::string>(), rec["id"].dump());
    ++n;
  }
  CHECK(n >= 300);
}
