// BytePairIndex: entries filed under the first two bytes of their key, so that a pass over a text
// looks each position up once and most positions, whose two bytes start no key, cost one load
// (the attribute words in classify/features.cpp, the prose phrases in classify/signals.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace winnow {

template <class Entry>
class BytePairIndex {
 public:
  // The entries filed under key's first two bytes (an empty list made when new); key has two or more.
  std::vector<Entry>& bucket(std::string_view key) {
    const std::size_t p = pair(key[0], key[1]);
    std::uint16_t& id = bucket_of_[p];
    starts_[p >> 6] |= std::uint64_t{1} << (p & 63);
    if (id == 0) {
      id = static_cast<std::uint16_t>(buckets_.size());
      buckets_.emplace_back();
    }
    return buckets_[id];
  }

  // Whether some key starts with the bytes at[0], at[1]: one bit of a small table, asked first
  // (most positions start no key, and the bucket table is large).
  bool starts(const char* at) const {
    const std::size_t p = pair(at[0], at[1]);
    return (starts_[p >> 6] >> (p & 63)) & 1u;
  }

  // The entries whose key starts with the bytes at[0], at[1].
  const std::vector<Entry>& at(const char* at) const { return buckets_[bucket_of_[pair(at[0], at[1])]]; }

 private:
  static std::size_t pair(char a, char b) {
    return static_cast<std::size_t>(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
  }

  std::vector<std::vector<Entry>> buckets_{1};  // [0]: empty, for the pairs that start no key
  std::vector<std::uint16_t> bucket_of_ = std::vector<std::uint16_t>(65536, 0);
  std::vector<std::uint64_t> starts_ = std::vector<std::uint64_t>(65536 / 64, 0);  // a bit per pair with a bucket
};

}  // namespace winnow
