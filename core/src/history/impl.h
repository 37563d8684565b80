// History internals shared by the index (history.cpp) and the format (format.cpp).
#pragma once

#include <unordered_map>
#include <vector>

#include "winnow/history.h"

namespace winnow::history {

// Paragraph recurrence across different stories (site chrome): two rows of 8-bit counters,
// count-min style, so memory is fixed whatever the history's size.
inline constexpr std::size_t kRecurBuckets = 1u << 16;
inline constexpr std::uint8_t kRecurChrome = 3;  // on this many different stories: chrome
// Counts a row may hold in all before every counter is halved. Without it the rows fill up
// (a reader's 10,000 pages add some 150,000 paragraphs) and chance collisions alone make an
// article's own paragraphs look like chrome; halving keeps chance counts small and
// keeps what recurs now (chrome recurs on every page of its site).
inline constexpr std::uint32_t kRecurLoad = kRecurBuckets / 2;

// Postings (see Impl::heads): a record's strongest terms, and each of its MinHash values under
// its position (so every record sharing even one value with a page is reached: no band can
// hide a near-duplicate, and the number of shared values is counted exactly).
inline constexpr int kPostedTerms = 6;
inline constexpr int kPosts = kPostedTerms + fingerprint::kMinHashes;
inline constexpr std::size_t kHeads = 1u << 19;
// MinHash postings have a head table of their own: merged into the terms' chains they would
// lengthen every term walk (24 values a record against 6 terms).
inline constexpr std::size_t kMinHashHeads = 1u << 18;

struct History::Impl {
  std::vector<fingerprint::Record> recs;
  std::vector<Entry> entries;
  std::size_t live = 0;
  std::uint64_t next_seq = 0;
  fingerprint::TermStats stats;
  std::vector<std::uint8_t> recur = std::vector<std::uint8_t>(2 * kRecurBuckets, 0);
  std::uint32_t recur_added = 0;  // counts added since the load was last measured

  // Candidate postings, compact: each record posts its strongest terms and its MinHash values.
  // heads[bucket of key] starts a chain of posting ids (slot * kPosts + k, plus 1; 0 ends),
  // continued in next[]; chains of keys sharing a bucket are merged and told apart on the
  // walk by the record itself. About 4 bytes per posting plus the fixed head table.
  std::vector<std::uint32_t> heads = std::vector<std::uint32_t>(kHeads, 0);
  std::vector<std::uint32_t> minhash_heads = std::vector<std::uint32_t>(kMinHashHeads, 0);
  std::vector<std::uint32_t> next;
  std::string attachment;
  std::unordered_map<std::string, std::uint32_t> by_url;  // latest visit of a URL
  mutable std::vector<float> scratch;                     // per-slot candidate weight
  mutable std::vector<std::uint32_t> touched;
  std::size_t v1_records = 0;  // records still holding format 1's MinHash
  mutable std::vector<std::uint8_t> agree;                // per-slot MinHash values shared
  mutable std::vector<std::uint32_t> near;                // slots with a shared value

  void index_slot(std::uint32_t slot);
  void near_candidates(const fingerprint::Article& now) const;  // fills `near`
  void term_candidates(const fingerprint::Article& now) const;  // fills `touched`
  void compact();  // drops dead slots, rebuilds postings
  bool recurring(std::uint64_t exact) const;
  void count_paragraphs(const fingerprint::Article& a);
};

}  // namespace winnow::history
