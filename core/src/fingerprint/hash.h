// Small, portable hashes shared by the fingerprint and history code (same bits natively and
// in wasm: no std::hash, no pointer values).
#pragma once

#include <cstdint>
#include <string_view>

#include "common/hash.h"

namespace winnow::fingerprint {

inline std::uint32_t fnv1a32(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

// The 64-bit string hash of shingles and paragraph keys is common/hash.h's fnv_short64 (its
// offset basis is not FNV-1a 64's; the values are persisted in history records).
using winnow::fnv_short64;
using winnow::kFnvShortBasis64;

// splitmix64 finaliser: a strong 64-bit mix.
inline std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace winnow::fingerprint
