// CRC-32 (IEEE 802.3, as zlib computes it) for the core's checksummed files, and the CRC of
// any byte range of one buffer in time independent of the range's length, so a reader that
// tries many candidate records in a damaged file stays linear.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace winnow {

std::uint32_t crc32(const unsigned char* p, std::size_t n);

// CRC-32 of bytes[a, b) of one buffer: prefix checksums every kStride bytes (one pass over
// the buffer on first use, as checking each record once would cost), combined with the zlib
// crc32_combine algebra. O(kStride + log(b - a)) per call, however long the range.
class RangeCrc32 {
 public:
  explicit RangeCrc32(std::string_view bytes) : bytes_(bytes) {}
  std::uint32_t of(std::size_t a, std::size_t b);

 private:
  static constexpr std::size_t kStride = 64;
  std::uint32_t prefix(std::size_t at);  // CRC-32 of bytes[0, at)
  std::string_view bytes_;
  std::vector<std::uint32_t> checkpoints_;  // CRC-32 of bytes[0, k * kStride)
};

}  // namespace winnow
