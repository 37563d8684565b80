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

struct History::Impl {
  std::vector<fingerprint::Record> recs;
  std::vector<Entry> entries;
  std::size_t live = 0;
  std::uint64_t next_seq = 0;
  fingerprint::TermStats stats;
  std::vector<std::uint8_t> recur = std::vector<std::uint8_t>(2 * kRecurBuckets, 0);

  // Candidate postings: key terms and LSH band keys -> slots.
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> postings;
  std::string attachment;
  std::unordered_map<std::string, std::uint32_t> by_url;  // latest visit of a URL
  mutable std::vector<float> scratch;                     // per-slot candidate weight
  mutable std::vector<std::uint32_t> touched;

  void index_slot(std::uint32_t slot);
  void compact();  // drops dead slots, rebuilds postings
  bool recurring(std::uint64_t exact) const;
  void count_paragraphs(const fingerprint::Article& a);
};

}  // namespace winnow::history
