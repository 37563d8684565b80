// crc32 and RangeCrc32 (common/crc32.h). The range algebra is zlib's crc32_combine:
// crc(A || B) = crc(A) * x^(8|B|) + crc(B) over GF(2) modulo the CRC polynomial, so
// crc(B) = crc(A || B) + crc(A) * x^(8|B|).
#include "common/crc32.h"

#include <array>

namespace winnow {
namespace {

constexpr std::uint32_t kPoly = 0xedb88320u;  // reflected

constexpr std::array<std::uint32_t, 256> make_table() {
  std::array<std::uint32_t, 256> t{};
  for (std::uint32_t i = 0; i < 256; ++i) {
    std::uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? kPoly ^ (c >> 1) : c >> 1;
    t[i] = c;
  }
  return t;
}
constexpr std::array<std::uint32_t, 256> kTable = make_table();

// Continues a finished CRC-32 `crc` over n more bytes.
std::uint32_t extend(std::uint32_t crc, const unsigned char* p, std::size_t n) {
  std::uint32_t c = crc ^ 0xffffffffu;
  for (std::size_t i = 0; i < n; ++i) c = kTable[(c ^ p[i]) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

// a * b modulo the polynomial (reflected bit order), as zlib's multmodp.
std::uint32_t multmodp(std::uint32_t a, std::uint32_t b) {
  std::uint32_t m = 1u << 31, p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) == 0) break;
    }
    m >>= 1;
    b = b & 1 ? (b >> 1) ^ kPoly : b >> 1;
  }
  return p;
}

// x^(2^k) for k = 0..63, as zlib's x2n_table.
constexpr std::array<std::uint32_t, 64> make_x2n() {
  std::array<std::uint32_t, 64> t{};
  std::uint32_t p = 1u << 30;  // x^1
  for (auto& v : t) {
    v = p;
    // p = p * p mod poly (multmodp, spelt out for constexpr)
    std::uint32_t a = p, b = p, m = 1u << 31, r = 0;
    for (;;) {
      if (a & m) {
        r ^= b;
        if ((a & (m - 1)) == 0) break;
      }
      m >>= 1;
      b = b & 1 ? (b >> 1) ^ kPoly : b >> 1;
    }
    p = r;
  }
  return t;
}
constexpr std::array<std::uint32_t, 64> kX2n = make_x2n();

// x^(8n): the shift of a CRC past n bytes.
std::uint32_t shift_bytes(std::size_t n) {
  std::uint32_t p = 1u << 31;  // x^0
  for (unsigned k = 3; n; n >>= 1, ++k)
    if (n & 1) p = multmodp(kX2n[k & 63], p);
  return p;
}

}  // namespace

std::uint32_t crc32(const unsigned char* p, std::size_t n) { return extend(0, p, n); }

std::uint32_t RangeCrc32::prefix(std::size_t at) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes_.data());
  if (checkpoints_.empty()) {
    checkpoints_.reserve(bytes_.size() / kStride + 1);
    std::uint32_t c = 0;
    checkpoints_.push_back(c);
    for (std::size_t k = kStride; k <= bytes_.size(); k += kStride)
      checkpoints_.push_back(c = extend(c, p + k - kStride, kStride));
  }
  const std::size_t base = at / kStride;
  return extend(checkpoints_[base], p + base * kStride, at - base * kStride);
}

std::uint32_t RangeCrc32::of(std::size_t a, std::size_t b) {
  return prefix(b) ^ multmodp(shift_bytes(b - a), prefix(a));
}

}  // namespace winnow
