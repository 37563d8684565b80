// Document frequencies for term weights: a compiled-in seed (pseudo-documents built by
// scripts/gen-idf-seed.py from an English word-frequency list and the multilingual
// development pages of the boilerplate set) blended with the reader's own history.
#include <algorithm>
#include <cmath>
#include <iterator>

#include "winnow/fingerprint.h"

namespace winnow::fingerprint {
namespace {

#include "idf_seed_data.inc"  // kSeedHash (sorted), kSeedCode: share = 2^(-code / 16)

// How many pseudo-documents the seed counts as: until the reader's history is of that order,
// the seed dominates; after, the reader's own reading does.
constexpr double kSeedDocuments = 500.0;

}  // namespace

double seed_share(std::uint32_t term) {
  const std::uint32_t* end = kSeedHash + std::size(kSeedHash);
  const std::uint32_t* it = std::lower_bound(kSeedHash, end, term);
  if (it == end || *it != term) return 0.0;
  return std::exp2(-static_cast<double>(kSeedCode[it - kSeedHash]) / 16.0);
}

TermStats::TermStats() : df_(kBuckets, 0) {}

double TermStats::idf(std::uint32_t term) const {
  double df = df_[term & (kBuckets - 1)];
  if (df > docs_) df = docs_;  // a shared bucket can not count more documents than there are
  double n = docs_ + kSeedDocuments;
  double d = df + kSeedDocuments * seed_share(term);
  return std::log((n + 1.0) / (d + 1.0));
}

void TermStats::add_document(const std::vector<std::uint32_t>& distinct_terms) {
  ++docs_;
  for (std::uint32_t t : distinct_terms) {
    std::uint16_t& c = df_[t & (kBuckets - 1)];
    if (c < 0xffff) ++c;
  }
}

bool TermStats::load(std::uint32_t docs, const std::vector<std::uint16_t>& counters) {
  if (counters.size() != kBuckets) return false;
  docs_ = docs;
  df_ = counters;
  return true;
}

}  // namespace winnow::fingerprint
