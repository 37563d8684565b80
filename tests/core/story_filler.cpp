// Padding paragraphs (extract's filler judgement) in repeated-story matching: they carry no
// story signal (unrelated farm articles share them) and are never a story's new paragraphs.
#include <catch2/catch.hpp>

#include "story_test_util.h"
#include "winnow/history.h"
#include "winnow/match.h"

using namespace winnow;
using namespace story_test;

namespace {

// Stock padding of the kind content farms put into every article, whatever it is about.
const std::string kPadding =
    "This situation is not just an isolated incident; it speaks volumes about the broader issues "
    "facing communities across the country, and it raises serious questions about accountability.\n"
    "Calls for transparency and accountability are growing louder, and many people are understandably "
    "concerned about what this means for the future and for the trust that has been placed in those in charge.\n"
    "It is crucial that the concerns of everyone affected are taken seriously as the situation continues "
    "to unfold. Clear communication and meaningful action will be essential in the days and weeks ahead.\n"
    "Only time will tell how this situation will ultimately be resolved, but one thing is clear: the "
    "issues it has raised are not going away any time soon, and the broader implications will be felt for a long time.\n";

Page bridge_page() {
  return text_page("Harwick council shuts Millbrook Bridge after cracks found",
                   "Harwick District Council has closed the 180-year-old Millbrook Bridge after engineers found "
                   "cracks in two of its three stone arches on Tuesday.\n" +
                       kPadding +
                       "Drivers face a four-mile diversion via the A614 and the number 12 bus has been rerouted, "
                       "council engineer Marta Olsen said.\n");
}

Page hospital_page() {
  return text_page("Dunmore hospital cancels 300 operations as boiler fails",
                   "St Aidan's Hospital in Dunmore cancelled 300 planned operations this week after its main "
                   "boiler failed on Monday morning.\n" +
                       kPadding +
                       "Chief executive Rupert Vance said patients would be offered new dates within six weeks at "
                       "the Kelso clinic.\n");
}

// The same page as the core would fingerprint it had it no filler judgement.
Page without_filler(Page p) {
  for (Block& b : p.blocks) b.filler = filler::Code::None;
  return p;
}

int filler_blocks(const Page& p) {
  int n = 0;
  for (const Block& b : p.blocks) n += b.filler != filler::Code::None;
  return n;
}

}  // namespace

TEST_CASE("story filler: unrelated farm articles sharing only padding are not the same story", "[story][filler]") {
  Page a = bridge_page(), b = hospital_page();
  // The premise: the core judges the shared padding filler on both pages.
  REQUIRE(filler_blocks(a) >= 3);
  REQUIRE(filler_blocks(b) >= 3);
  match::Judgement with = match::compare_pages(a, b, match::Sensitivity::High);
  match::Judgement counted = match::compare_pages(without_filler(a), without_filler(b), match::Sensitivity::High);
  REQUIRE(with.verdict == match::Verdict::Different);
  // Counted as story text, the padding alone would join them.
  REQUIRE(counted.verdict != match::Verdict::Different);
  REQUIRE(with.score < counted.score);

  // The padding paragraphs are word for word the same on both pages, and keep their sketches
  // (a reader who saw one saw it), yet the share of paragraphs found, which makes duplicates,
  // reads the facts only.
  fingerprint::Article fa = fingerprint::fingerprint(a, {});
  fingerprint::Article fb = fingerprint::fingerprint(b, {});
  for (const fingerprint::Paragraph& p : fa.paragraphs)
    if (p.filler) REQUIRE(p.sketch != 0);
  CHECK(fingerprint::compare(fa, fingerprint::to_record(fb)).containment == 0.0);
}

TEST_CASE("story filler: a re-post that adds a padding paragraph shows no new paragraph", "[story][filler]") {
  const std::string story =
      "Harwick District Council has closed the 180-year-old Millbrook Bridge after engineers found cracks "
      "in two of its three stone arches on Tuesday.\n"
      "Drivers face a four-mile diversion via the A614 and the number 12 bus has been rerouted, council "
      "engineer Marta Olsen said.\n"
      "Repairs are expected to cost 2.4 million pounds and take until next spring, Olsen told a meeting "
      "of the transport committee.\n";
  const std::string padding =
      "Only time will tell how this situation will ultimately be resolved, but one thing is clear: the "
      "issues it has raised are not going away any time soon, and the broader implications will be felt for a long time.\n";
  Page original = text_page("Millbrook Bridge shut after cracks found", story, "https://a.example/bridge");
  Page repost = text_page("Millbrook Bridge shut after cracks found | Farm News", story + padding,
                          "https://b.example/bridge-shut");
  REQUIRE(repost.blocks.back().filler != filler::Code::None);

  history::History h;
  history::Visit v1;
  v1.id_json = "\"a\"";
  v1.url = "https://a.example/bridge";
  v1.text_doc = true;
  history::visit(h, original, v1, match::Sensitivity::Normal);
  fingerprint::Article now = h.fingerprint(repost);
  history::Found f = h.lookup(now, "", match::Sensitivity::Normal);
  REQUIRE(f.matched);
  REQUIRE(f.judgement.verdict == match::Verdict::Duplicate);
  auto status = match::paragraph_status(now, &h.record(f.slot), f.judgement.verdict);
  REQUIRE(status.size() == 4);
  for (auto s : status) REQUIRE(s == match::ParaStatus::Known);

  // Not matched, the padding is an article paragraph like any other (design.md: all new).
  auto alone = match::paragraph_status(now, nullptr, match::Verdict::Different);
  REQUIRE(alone.back() == match::ParaStatus::New);
}

TEST_CASE("story filler: padding adds no term of its own to a story, only weight to the article's", "[story][filler]") {
  Page a = bridge_page();
  REQUIRE(filler_blocks(a) >= 3);
  Page facts = a;  // the same page with its padding paragraphs gone
  std::erase_if(facts.blocks, [](const Block& b) { return b.filler != filler::Code::None; });
  auto distinct = [](const Page& p) {
    std::vector<std::uint32_t> t = fingerprint::fingerprint(p, fingerprint::Options{}).distinct_terms;
    std::sort(t.begin(), t.end());
    return t;
  };
  CHECK(distinct(a) == distinct(facts));
  // Counted as text, the padding's own words ("accountability", "transparency") would be terms.
  CHECK(distinct(without_filler(a)).size() > distinct(facts).size() + 10);
}
