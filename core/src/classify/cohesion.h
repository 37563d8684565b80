// Topic cohesion: how many of a block's content words the rest of the article also uses. A story
// paragraph shares its people, places, numbers and subject with the headline and the other
// paragraphs; the site speaking of itself or to the reader shares next to none. The words are
// the ICU tokens counted once per block, the page language's stopwords (every list's where it
// is not known: take_content_words) and the site's own name left out. Read by the blurb model
// (blurb.h).
#pragma once

#include <cstdint>
#include <vector>

namespace winnow::classify {

struct RuleView;
struct BlurbPage;
struct BlurbWords;

struct Cohesion {
  std::uint32_t terms = 0;     // distinct content words of the block
  std::uint32_t shared = 0;    // ... that the headline or another block of the story also has
  std::uint32_t headline = 0;  // ... that the headline has
  std::uint32_t story = 0;     // distinct content words of the headline and the other story blocks
};

// blurb_words() of every block of a blurb's size (up to twice settings::kBlurbMaxChars; the others
// empty), with the cohesion of those is_blurb() may judge. The story's blocks are those the
// rules kept or the region holds, mostly unlinked, in which the site does not speak (BlurbWords::speaks():
// blurbs repeat their own words, "latest updates", "in-depth"); the
// headline is the block the verdicts mark so.
std::vector<BlurbWords> page_blurb_words(const RuleView& v, const BlurbPage& page);

}  // namespace winnow::classify
