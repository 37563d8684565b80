// The core's small portable hashes (same bits natively and in wasm: no std::hash, no pointer
// values): its 64-bit string hash named for what it is, FNV-1a 32, the splitmix64 mix, and an
// in-memory string hash read eight bytes at a time; the persisted ones' values are pinned by
// tests/core/common_helpers.cpp (persisted keys must not change).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/words8.h"

namespace winnow {

// FNV-1a's step (xor a byte, then multiply by the 64-bit FNV prime) from the offset basis
// 1469598103934665603, which is NOT FNV-1a 64's (14695981039346656037: this one is it with the
// last digit dropped). Keys computed with it are persisted (templates.bin's block and page keys
// and checksum, the history's fingerprints), so the value stays; do not "fix" it to the
// standard basis, and do not call it FNV-1a 64 where interoperability with other FNV code matters.
inline constexpr std::uint64_t kFnvPrime64 = 1099511628211ull;
inline constexpr std::uint64_t kFnvShortBasis64 = 1469598103934665603ull;

// One byte more of a running hash (for hashes of growing prefixes).
constexpr std::uint64_t fnv_short_step(std::uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime64; }

constexpr std::uint64_t fnv_short64(std::string_view s, std::uint64_t h = kFnvShortBasis64) {
  for (unsigned char c : s) h = fnv_short_step(h, c);
  return h;
}

// FNV-1a 32 (the standard one): the fingerprint's term hashes, persisted in history records.
inline std::uint32_t fnv1a32(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

// splitmix64's finaliser: a strong 64-bit mix (MinHash seeds and the history's index heads).
inline std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

// A string's bytes eight at a time (FNV's byte at a time was most of a WordTable look-up). For
// tables in memory only, whose keys are compared: nothing persisted may depend on its values.
inline std::uint64_t hash_bytes64(std::string_view key) {
  const auto mix = [](std::uint64_t h, std::uint64_t v) {
    h = (h ^ v) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
  };
  std::uint64_t h = mix(0, key.size());
  if (key.empty()) return h;
  every_word(key.data(), key.size(), [&](std::uint64_t w) {
    h = mix(h, w);
    return true;
  });
  return h;
}

// hash_bytes64's low half: a word's key in tables of 32-bit keys in memory (the classifier's topic
// words, WordCounts::terms).
inline std::uint32_t hash_bytes32(std::string_view key) { return static_cast<std::uint32_t>(hash_bytes64(key)); }

}  // namespace winnow
