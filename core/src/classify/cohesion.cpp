// Topic cohesion (cohesion.h): the page's words in one small hash table, filled once from the
// headline, the site's name and the story's blocks, then read for every block is_blurb() may
// judge; covered by [cohesion] in tests/core.
#include "classify/cohesion.h"

#include <bit>

#include "classify/blurb.h"
#include "classify/features.h"
#include "classify/settings.h"
#include "common/hash.h"

namespace winnow::classify {
namespace {

// Pieces of the site's name shorter than this are common words ("the", "new"), not the name.
constexpr std::size_t kMinNamePieceBytes = 4;

// Link-heavy blocks are menus and lists of other stories, not the article's text.
constexpr double kStoryMaxLinkDensity = 0.5;

// Words by their hash (WordCounts::terms): open addressing with linear probing, sized once for
// every word the page may put in it.
class TermTable {
 public:
  struct Entry {
    std::uint32_t key = 0;
    std::uint32_t block = 0;  // the last story block that had it, plus one (0: none, so all-zero is empty)
    std::uint32_t seen = 0;   // the last block looked up with it, plus one (its words counted once)
    std::uint8_t blocks = 0;  // story blocks that have it, up to two
    bool headline = false;
    bool name = false;        // a piece of the site's name: no topic
  };
  explicit TermTable(std::size_t words)
      : shift_(32 - std::bit_width(words * 2 + 1)), slots_(std::size_t{1} << (32 - shift_)) {}
  Entry& operator[](std::uint32_t key) {
    key = key ? key : 1;  // 0 marks a free slot
    std::size_t k = (key * 2654435769u) >> shift_;
    while (slots_[k].key != 0 && slots_[k].key != key) k = (k + 1) & (slots_.size() - 1);
    slots_[k].key = key;
    return slots_[k];
  }

 private:
  int shift_;
  std::vector<Entry> slots_;
};

// What a block is to the story's words: one of the story's, the headline, one is_blurb() judges
// (its shares read only where it speaks: blurb_inputs()), or one of that size that only needs the
// story's size.
enum Role : std::uint8_t { kStory = 1, kHeadline = 2, kJudged = 4, kSized = 8 };

std::vector<std::uint8_t> roles(const RuleView& v, const std::vector<BlurbWords>& words) {
  std::vector<std::uint8_t> out(v.bl.size(), 0);
  bool headline = false;
  for (std::size_t i = 0; i < v.bl.size(); ++i) {
    const auto& b = v.bl[i];
    const BlurbWords& w = words[i];
    if (v.verdicts[i].headline) {
      out[i] = headline ? 0 : kHeadline;
      headline = true;
      continue;
    }
    if ((v.verdicts[i].label == Label::Content || (i < v.in_region.size() && v.in_region[i])) && !w.speaks() &&
        b.link_density() < kStoryMaxLinkDensity)
      out[i] |= kStory;
    if (b.chars >= settings::kBlurbMinChars && b.chars <= settings::kBlurbMaxChars)
      out[i] |= (out[i] & kStory) || w.about_site() ? kJudged : kSized;
  }
  return out;
}

// The story's words (and the headline's, and the site's name) in one table; then the judged
// blocks' words looked up in it.
void add_cohesion(const RuleView& v, std::string_view site_name, std::vector<BlurbWords>& words) {
  const std::size_t n = v.bl.size();
  const std::vector<std::uint8_t> role = roles(v, words);
  std::size_t total = site_name.size() * site_name.size();
  for (std::size_t i = 0; i < n; ++i) total += role[i] & (kStory | kHeadline | kJudged) ? v.terms[i].size() : 0;
  TermTable table(total);
  for (std::size_t i = 0; i < site_name.size(); ++i)
    for (std::size_t len = kMinNamePieceBytes; i + len <= site_name.size(); ++len)
      table[hash_bytes32(site_name.substr(i, len))].name = true;
  std::uint32_t story = 0;  // words of the story or the headline that are no piece of the site's name
  for (std::size_t i = 0; i < n; ++i) {
    if (!(role[i] & (kStory | kHeadline))) continue;
    const auto tag = static_cast<std::uint32_t>(i + 1);
    for (std::uint32_t t : v.terms[i]) {
      auto& e = table[t];
      const bool counted = e.blocks > 0 || e.headline;
      e.headline = e.headline || role[i] == kHeadline;
      if (e.block != tag && role[i] != kHeadline) {
        e.block = tag;
        e.blocks += e.blocks < 2;
      }
      story += !counted && !e.name && (e.blocks > 0 || e.headline);
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (role[i] & kSized) words[i].cohesion.story = story;
    if (!(role[i] & kJudged)) continue;
    Cohesion& c = words[i].cohesion;
    const unsigned own = role[i] & kStory ? 1 : 0;  // its own words are in the table once
    for (std::uint32_t t : v.terms[i]) {
      auto& e = table[t];
      if (e.name || e.seen == i + 1) continue;
      e.seen = static_cast<std::uint32_t>(i + 1);
      ++c.terms;
      c.headline += e.headline;
      c.shared += e.headline || e.blocks > own;
      c.story += own && !e.headline && e.blocks == 1;  // its own words: no story's but its own
    }
    c.story = story - c.story;
  }
}

}  // namespace

std::vector<BlurbWords> page_blurb_words(const RuleView& v, const BlurbPage& page) {
  std::vector<BlurbWords> words;
  words.reserve(v.bl.size());  // each written once, not zeroed first
  for (std::size_t i = 0; i < v.bl.size(); ++i)  // a repeated text reads as its first block did
    if (v.first[i] != i) words.push_back(words[v.first[i]]);
    else if (v.bl[i].chars <= settings::kBlurbMaxChars * 2) words.push_back(blurb_words(v.bl[i].text, page));
    else words.emplace_back();
  add_cohesion(v, page.name, words);
  return words;
}

}  // namespace winnow::classify
