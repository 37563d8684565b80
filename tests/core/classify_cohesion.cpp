// Topic cohesion (classify/cohesion.h) as the blurb model reads it: where the site or the reader
// speaks, a story paragraph shares its words with the headline and the other paragraphs and the
// site greeting its reader shares none, not even the site's name another blurb repeats.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "winnow/blocks.h"
#include "winnow/classify.h"
#include "winnow/html.h"

using namespace winnow;
using namespace winnow::classify;

namespace {

// The blurb input `name` of the block whose text starts with `opening`.
double input_of(const std::vector<blocks::Block>& bl, const FeatureRows& rows, std::string_view opening,
                std::string_view name) {
  const auto& names = blurb_feature_names();
  const auto col = static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
  REQUIRE(col < names.size());
  for (std::size_t i = 0; i < bl.size(); ++i)
    if (bl[i].text.starts_with(opening)) return rows.blurb[i * names.size() + col];
  FAIL("no block opens with " << opening);
  return -1;
}

// A page whose story holds `story` paragraphs between a greeting and a sign-off of the site.
std::string ferry_page(const std::string& story) {
  return "<!doctype html><html lang=\"en\"><head><title>Ferry service to the islands resumes</title></head><body>"
         "<article><h1>Ferry service to the islands resumes</h1>"
         "<p>Welcome to Harbour Herald! We are glad you stopped by today, dear reader.</p>" +
         story + "<p>Thanks for choosing Harbour Herald, and have a lovely evening.</p></article></body></html>";
}

const std::string kStory =
    "<p>Ferries between Kelby and the northern islands run again from Monday after storm repairs.</p>"
    "<p>The storm tore away part of the Kelby pier, and the repairs cost 2.3 million pounds.</p>"
    "<p>Islanders waited seven weeks for the ferry service, said the operator in Kelby, while fishing boats "
    "carried post, medicine and school pupils across the sound in calm weather.</p>"
    "<p>Engineers rebuilt the pier's timber deck, replaced twelve steel piles and tested the new ramp with "
    "lorries, tractors and the island's fire engine before the harbour master signed it off.</p>"
    "<p>\"We will sail to Kelby twice a day through the winter,\" the operator said of the islands service.</p>";

FeatureRows rows_of(const std::string& html, std::vector<blocks::Block>& bl,
                    std::string_view url = "https://www.harbourherald.example/2025/06/1/ferry") {
  dom::Tree tree = dom::from_html(html);
  bl = blocks::extract(tree);
  FeatureRows rows;
  classify_page(tree, bl, url, &rows);
  return rows;
}

}  // namespace

TEST_CASE("cohesion: where the site or the reader speaks, a story paragraph shares the article's words and a blurb none",
          "[classify][cohesion]") {
  std::vector<blocks::Block> bl;
  const FeatureRows rows = rows_of(ferry_page(kStory), bl);
  // the quoted operator speaks ("we"): Kelby, islands, service are the story's and the headline's
  CHECK(input_of(bl, rows, "\"We will sail", "shared") >= 3);
  CHECK(input_of(bl, rows, "\"We will sail", "headlined") > 0);
  CHECK(input_of(bl, rows, "\"We will sail", "cohesion") > 0.4);
  // the site's name in both blurbs is no topic they share
  CHECK(input_of(bl, rows, "Welcome to Harbour", "shared") == 0);
  CHECK(input_of(bl, rows, "Welcome to Harbour", "cohesion") == 0);
  CHECK(input_of(bl, rows, "Thanks for choosing", "shared") == 0);
  CHECK(input_of(bl, rows, "Thanks for choosing", "story") >= 40);
  // a paragraph in which nobody speaks is left unknown: off-topic story lines are no blurbs
  CHECK(input_of(bl, rows, "The storm tore", "cohesion") == -1);
}

TEST_CASE("cohesion: a story too short to share words with is unknown", "[classify][cohesion]") {
  std::vector<blocks::Block> bl;
  const FeatureRows rows = rows_of(ferry_page("<p>Ferries between Kelby and the islands run again from Monday.</p>"), bl);
  CHECK(input_of(bl, rows, "Welcome to Harbour", "story") < 40);
  CHECK(input_of(bl, rows, "Welcome to Harbour", "cohesion") == -1);
  CHECK(input_of(bl, rows, "Thanks for choosing", "shared") == -1);
}

TEST_CASE("cohesion: story paragraphs that name the site, as a town's paper does its town, stay the story's",
          "[classify][cohesion]") {
  std::vector<blocks::Block> bl;
  const FeatureRows rows = rows_of(ferry_page(kStory), bl, "https://www.kelby.example/2025/06/1/ferry");
  CHECK(input_of(bl, rows, "Ferries between Kelby", "self") > 0);
  // fails when naming the site takes a paragraph out of the story: 26 words are left
  CHECK(input_of(bl, rows, "Thanks for choosing", "story") >= 40);
  // and one that names it is judged by what it shares
  CHECK(input_of(bl, rows, "Ferries between Kelby", "shared") >= 3);
}
