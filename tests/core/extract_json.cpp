// The one serialiser (CLI and wasm print its bytes) and the vocabulary's names.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "winnow/extract.h"

using namespace winnow;

TEST_CASE("to_json: design.md fields in order, strings escaped", "[extract][json]") {
  Page p;
  p.title = "Quote \" backslash \\ tab \t";
  p.lang = "en";
  p.type = PageType::Article;
  p.kind = PageKind::Article;
  Block a;
  a.text = "Line\nbreak \x01 control, caf\xC3\xA9";
  a.reason = "article paragraph";
  a.node = 12;
  Block b;
  b.text = "Share";
  b.label = Label::Boilerplate;
  b.kind = Kind::Share;
  b.reason = "says \"share\"";
  p.blocks = {a, b};
  std::string s = to_json(p, "\"id-1\"");
  CHECK(s.rfind(R"({"id":"id-1","title":"Quote \" backslash \\ tab \t","lang":"en","page_type":"article","page_kind":"article","main_text":)", 0) == 0);
  auto j = nlohmann::json::parse(s);
  CHECK(j["main_text"] == a.text);
  CHECK(j["blocks"][0]["label"] == "content");
  CHECK(j["blocks"][0]["kind"] == "article");
  CHECK(j["blocks"][0]["node"] == 12);
  CHECK(j["blocks"][1]["kind"] == "share");
  CHECK(j["blocks"][1]["node"].is_null());
  CHECK(s.find('\n') == std::string::npos);
}

TEST_CASE("main_text: content blocks joined by blank lines", "[extract]") {
  Page p;
  Block a, b, c;
  a.text = "One.";
  b.text = "Chrome";
  b.label = Label::Boilerplate;
  c.text = "Two.";
  p.blocks = {a, b, c};
  CHECK(p.main_text() == "One.\n\nTwo.");
}

TEST_CASE("kind and label names are design.md's vocabulary", "[extract]") {
  CHECK(std::string(kind_name(Kind::Template)) == "template");
  CHECK(std::string(kind_name(Kind::Subscribe)) == "subscribe");
  CHECK(std::string(label_name(Label::Boilerplate)) == "boilerplate");
  CHECK(std::string(page_type_name(PageType::Listing)) == "listing");
}
