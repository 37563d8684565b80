// The filler judgement (winnow/filler.h) and its hook in `winnow extract`: padding is marked
// with its code and reason, facts never are, unknown languages are never judged.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "winnow/extract.h"
#include "winnow/filler.h"

using namespace winnow;
using filler::Code;

namespace {

const char* kTitle = "Council Faces Fury After Historic Bridge Closed Indefinitely";
const char* kLede =
    "Harwick District Council has closed the 180-year-old Millbrook Bridge to all traffic after engineers "
    "found cracks in two of its three stone arches, cutting the main route between the town centre and the "
    "Eastfield estate.";
const char* kFact =
    "A structural report published by the council says water had penetrated the central pier for \"at least "
    "a decade\". \"We could not in good conscience keep it open,\" said Karen Ashby, the council's head of "
    "highways.";
const char* kGeneric =
    "This development is not just a local inconvenience; it speaks volumes about the wider state of "
    "infrastructure across the country. The situation highlights the challenges that councils face, and it "
    "raises serious questions about how such problems are allowed to develop in the first place.";
const char* kGeneric2 =
    "Calls for transparency and accountability are growing louder. Critics argue that the council must "
    "demonstrate a stronger commitment to protecting vital infrastructure. The lack of clear answers is "
    "fuelling anger and eroding public trust.";
const char* kRestates =
    "The closure of the historic Millbrook Bridge has left the town centre cut off from the Eastfield estate "
    "after engineers found cracks in the stone arches. Only time will tell whether trust can be restored.";

std::vector<filler::Para> farm() {
  return {{kLede, false},      {kGeneric, false},          {"What the Engineers Found", true},
          {kFact, false},      {"Calls for Accountability", true}, {kGeneric2, false},
          {"Looking Ahead", true}, {kRestates, false}};
}

}  // namespace

TEST_CASE("filler: padding is marked with its code, facts and the lede are not", "[filler]") {
  auto v = filler::judge(kTitle, farm(), "en");
  REQUIRE(v.size() == 8);
  CHECK(v[0].code == Code::None);  // the lede
  CHECK(v[1].code == Code::Generic);
  CHECK(v[1].reason.find("no name, number or quote") != std::string::npos);
  CHECK(v[2].code == Code::None);  // a subheading over a fact
  CHECK(v[3].code == Code::None);  // quotes, a new name
  CHECK(v[4].code == Code::Heading);
  CHECK(v[5].code == Code::Generic);
  CHECK(v[6].code == Code::Heading);
  CHECK(v[7].code == Code::Restates);
  CHECK(v[7].reason.find("repeats") != std::string::npos);
  CHECK(std::string(filler::code_name(Code::Restates)) == "restates");
  CHECK(filler::code_name(Code::None) == nullptr);
}

TEST_CASE("filler: a new number, name or quotation keeps a padded paragraph", "[filler]") {
  std::string with_number = std::string(kGeneric) + " The repair budget was 420,000 pounds.";
  std::string with_name = std::string(kGeneric) + " The engineer in charge, Tom Bell, has left.";
  std::string with_quote = std::string(kGeneric) + " Residents said \"we feel forgotten by everyone\".";
  for (const std::string& p : {with_number, with_name, with_quote}) {
    auto v = filler::judge(kTitle, {{kLede, false}, {p, false}}, "en");
    CHECK(v[1].code == Code::None);
  }
  // A name or number the page already gave is not new: repeating it does not save padding.
  std::string repeats_name = std::string(kGeneric) + " Millbrook Bridge is closed.";
  CHECK(filler::judge(kTitle, {{kLede, false}, {repeats_name, false}}, "en")[1].code != Code::None);
}

TEST_CASE("filler: languages without tables are never judged", "[filler]") {
  CHECK(filler::judged_language("en"));
  CHECK(filler::judged_language("de"));
  CHECK(filler::judged_language("fr-CA"));
  CHECK_FALSE(filler::judged_language("es"));
  CHECK_FALSE(filler::judged_language(""));
  for (const auto& v : filler::judge(kTitle, farm(), "es")) CHECK(v.code == Code::None);
  CHECK(filler::features(kTitle, farm(), "it").empty());
}

TEST_CASE("filler: German names by shape, not by capitals alone", "[filler]") {
  const char* lede = "Bei Jüterbog brennt seit Sonntag ein Waldstück auf 200 Hektar, teilte der Landkreis mit.";
  const char* nouns =
      "Die Folgen des Brandes sind für viele Menschen deutlich spürbar. Die Situation verdeutlicht einmal mehr, "
      "wie groß die Herausforderungen sind. Es bleibt abzuwarten, wie es weitergeht.";
  const char* name =
      "Die Folgen des Brandes sind für viele Menschen deutlich spürbar, sagte Kreisbrandmeister Rico Walentin. "
      "Die Situation verdeutlicht einmal mehr, wie groß die Herausforderungen sind.";
  auto f = filler::features("Waldbrand bei Jüterbog", {{lede, false}, {nouns, false}, {name, false}}, "de");
  REQUIRE(f.size() == 3);
  CHECK(f[1].new_facts == 0);  // capitalised nouns are not names
  CHECK(f[2].new_facts >= 1);  // "Rico Walentin" is
  auto v = filler::judge("Waldbrand bei Jüterbog", {{lede, false}, {nouns, false}, {name, false}}, "de");
  CHECK(v[1].code == Code::Generic);
  CHECK(v[2].code == Code::None);
}

TEST_CASE("filler: winnow extract carries the verdict per block", "[filler][extract]") {
  std::string html = std::string("<html lang=en><head><title>") + kTitle + "</title></head><body><article><h1>" +
                     kTitle + "</h1>";
  for (const auto& p : farm()) html += (p.heading ? "<h2>" : "<p>") + std::string(p.text) + (p.heading ? "</h2>" : "</p>");
  html += "</article><footer><p>Copyright 2025 Harwick News. All rights reserved.</p></footer></body></html>";
  Page page = extract_html(html, "https://harwick.example/bridge", nullptr);
  auto j = nlohmann::json::parse(to_json(page, "1"));
  int generic = 0, restates = 0, facts_flagged = 0;
  for (const auto& b : j["blocks"]) {
    REQUIRE(b.contains("filler"));
    if (b["label"] != "content") CHECK(b["filler"].is_null());
    if (b["filler"] == "generic") ++generic;
    if (b["filler"] == "restates") ++restates;
    if (b["text"] == kFact || b["text"] == kLede) facts_flagged += !b["filler"].is_null();
  }
  CHECK(generic == 2);
  CHECK(restates == 1);
  CHECK(facts_flagged == 0);
}

TEST_CASE("filler: a text DOC is judged too, its subheadings by shape", "[filler][extract]") {
  std::string text;
  for (const auto& p : farm()) text += std::string(p.text) + "\n";
  Page page = extract_text(kTitle, text, "https://harwick.example/bridge", nullptr);
  REQUIRE(page.blocks.size() == 8);
  CHECK(page.blocks[1].filler == Code::Generic);
  CHECK(page.blocks[3].filler == Code::None);
  CHECK(page.blocks[4].filler == Code::Heading);
}

TEST_CASE("filler: broken UTF-8, cut characters and odd punctuation are read safely", "[filler]") {
  std::vector<std::string> odd = {
      "It speaks volumes\xE2\x80",          // cut in a curly apostrophe
      "Only time will tell\xE2\x80\x99",    // ends on one
      "Critics don\xE2\x80\x99t know 1,",   // a number cut at a separator
      "\"", "\xC3", "\xFF\xFE growing louder \x80\x80", "A-", "l'", "\xE2\x80\x9C\xE2\x80\x9D \xC2\xAB \xC2\xBB",
  };
  std::string all;
  for (int c = 1; c < 256; ++c) all += static_cast<char>(c);
  odd.push_back(all);
  odd.push_back(std::string(20000, '\''));
  for (const std::string& o : odd) {
    const std::string padded = o + " " + kGeneric;  // Para holds a view: keep the text alive
    std::vector<filler::Para> paras = {{kLede, false}, {o, false}, {o, true}, {padded, false}};
    auto v = filler::judge(o, paras, "en");
    CHECK(v.size() == paras.size());
    CHECK(filler::features(o, paras, "de").size() == paras.size());
  }
}

TEST_CASE("filler: a concrete paragraph is not padding for the padding around it", "[filler]") {
  // No new name or number, so it is judged; but it has no stock phrase, no vague word and
  // restates nothing. The page's padding (stock phrases elsewhere) and its place at the end
  // must not make it padding: a reader would lose what happens to the traffic.
  const char* concrete =
      "Lorries and buses now take the ring road round the town, and pedestrians cross the river "
      "on a temporary footbridge beside the old arches.";
  std::vector<filler::Para> page = {{kLede, false}, {kGeneric, false}, {kGeneric2, false},
                                    {concrete, false}};
  auto f = filler::features(kTitle, page, "en");
  REQUIRE(f.size() == 4);
  CHECK(f[3].judged);
  CHECK(f[3].x[filler::kStock] == 0.0);
  CHECK(f[3].x[filler::kVague] == 0.0);
  CHECK_FALSE(f[3].own_words);
  CHECK(f[1].own_words);
  auto v = filler::judge(kTitle, page, "en");
  CHECK(v[1].code == Code::Generic);
  CHECK(v[3].code == Code::None);
  // French: a product recall ("rappelle" is a stock word of French padding) above a paragraph
  // of hazard and remedy in plain words.
  std::vector<filler::Para> recall = {
      {"Le fabricant Lambda rappelle une poussette pliante vendue en mai.", false},
      {"Les roues peuvent se bloquer et faire basculer la poussette. Les clients sont invités à la "
       "rapporter au magasin.", false}};
  auto fr = filler::judge("Rappel de jouets", recall, "fr");
  CHECK(fr[1].code == Code::None);
}
