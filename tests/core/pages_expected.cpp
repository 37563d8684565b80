// The fixture pages' full classifier output against tests/pages/<site>/<page>.expected.json
// (written by `npm run fixtures:expected`): any change of a label, kind, reason, filler code or
// headline flag fails here naming the page and the block, so a change in behaviour is a diff a
// reviewer reads. The hand-written gold (extract_fixtures.cpp) stays the floor beneath it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "extract_test_util.h"
#include "winnow/extract.h"

using namespace winnow;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> fixture_pages() {
  std::vector<fs::path> out;
  for (const auto& site : fs::directory_iterator(fs::path(WINNOW_TEST_DIR) / "pages")) {
    if (!site.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(site.path()))
      if (f.path().extension() == ".html") out.push_back(f.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

json read_json(const fs::path& p) { return json::parse(test::read_file(p.string())); }

// One line per difference: "block 12 ("Share this story"): reason: expected ..., got ...".
void compare_block(const Block& b, const json& e, std::size_t i, std::vector<std::string>& diffs) {
  auto field = [&](const char* name, const json& got) {
    if (e.value(name, json()) != got)
      diffs.push_back("block " + std::to_string(i) + " (\"" + b.text.substr(0, 60) + "\"): " + name + ": expected " +
                      e.value(name, json()).dump() + ", got " + got.dump());
  };
  field("text", b.text);
  field("label", label_name(b.label));
  field("kind", kind_name(b.kind));
  field("reason", b.reason);
  const char* filler = filler::code_name(b.filler);
  field("filler", filler ? json(filler) : json(nullptr));
  field("headline", b.headline);
}

std::vector<std::string> differences(const Page& p, const json& e) {
  std::vector<std::string> diffs;
  auto page_field = [&](const char* name, const json& got) {
    if (e.value(name, json()) != got)
      diffs.push_back(std::string(name) + ": expected " + e.value(name, json()).dump() + ", got " + got.dump());
  };
  page_field("title", p.title);
  page_field("lang", p.lang);
  page_field("page_type", page_type_name(p.type));
  page_field("page_kind", page_kind_name(p.kind));
  const json& blocks = e.at("blocks");
  if (blocks.size() != p.blocks.size())
    diffs.push_back("blocks: expected " + std::to_string(blocks.size()) + ", got " + std::to_string(p.blocks.size()));
  for (std::size_t i = 0; i < std::min(blocks.size(), p.blocks.size()); ++i) compare_block(p.blocks[i], blocks[i], i, diffs);
  return diffs;
}

}  // namespace

TEST_CASE("pages: every fixture page's output equals its .expected.json", "[extract][expected]") {
  const auto pages = fixture_pages();
  REQUIRE(pages.size() >= 18);
  for (const fs::path& html : pages) {
    fs::path expected = fs::path(html).replace_extension(".expected.json");
    fs::path gold = fs::path(html).replace_extension(".gold.json");
    const std::string name = html.parent_path().filename().string() + "/" + html.filename().string();
    INFO(name << " (regenerate with `npm run fixtures:expected` and review the diff)");
    REQUIRE(fs::exists(expected));
    json e = read_json(expected);
    CHECK(e.at("url") == read_json(gold).at("url"));
    Page p = extract_html(test::read_file(html.string()), e.at("url").get<std::string>(), nullptr);
    std::vector<std::string> diffs = differences(p, e);
    for (const std::string& d : diffs) UNSCOPED_INFO(name << ": " << d);
    CHECK(diffs.empty());
  }
}

TEST_CASE("pages: a changed block is reported with its page and index", "[extract][expected]") {
  const fs::path html = fs::path(WINNOW_TEST_DIR) / "pages" / "bestnews-daily" / "index.html";
  json e = read_json(fs::path(html).replace_extension(".expected.json"));
  Page p = extract_html(test::read_file(html.string()), e.at("url").get<std::string>(), nullptr);
  REQUIRE(differences(p, e).empty());
  e["blocks"][3]["reason"] = "a reason the core never gives";
  std::vector<std::string> diffs = differences(p, e);
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].rfind("block 3 (", 0) == 0);
  CHECK(diffs[0].find("reason: expected \"a reason the core never gives\"") != std::string::npos);
}
