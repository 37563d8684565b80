// Little-endian byte writing and bounds-checked reading for the core's persisted formats (the
// template memory, and ready for the history's): the native tool and the wasm module read each
// other's files. Covered by [templates] in tests/core (round trips, truncated and corrupt input).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace winnow {

struct ByteWriter {
  std::string out;
  void u8(std::uint8_t v) { out.push_back(static_cast<char>(v)); }
  void u16(std::uint16_t v) { le(v, 2); }
  void u32(std::uint32_t v) { le(v, 4); }
  void u64(std::uint64_t v) { le(v, 8); }
  // LEB128: seven bits a byte, low first, the high bit set on every byte but the last.
  void varint(std::uint32_t v) {
    while (v >= 0x80) {
      u8(static_cast<std::uint8_t>(v | 0x80));
      v >>= 7;
    }
    u8(static_cast<std::uint8_t>(v));
  }
  void str(std::string_view s) {  // u32 length, then the bytes
    u32(static_cast<std::uint32_t>(s.size()));
    out.append(s);
  }
  void raw(std::string_view s) { out.append(s); }

 private:
  void le(std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
};

// Reads never run past the end: a read that does not fit sets `bad`, returns 0 (or empty) and
// consumes nothing; every later read fails too, so a parser checks `bad` once per record.
struct ByteReader {
  std::string_view in;
  std::size_t at = 0;
  bool bad = false;

  bool need(std::size_t k) {
    if (!bad && in.size() - at < k) bad = true;
    return !bad;
  }
  std::size_t left() const { return in.size() - at; }
  std::uint8_t u8() { return static_cast<std::uint8_t>(le(1)); }
  std::uint16_t u16() { return static_cast<std::uint16_t>(le(2)); }
  std::uint32_t u32() { return static_cast<std::uint32_t>(le(4)); }
  std::uint64_t u64() { return le(8); }
  std::uint32_t varint() {
    std::uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      std::uint8_t b = u8();
      if (bad) return 0;
      v |= static_cast<std::uint32_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    bad = true;
    return 0;
  }
  std::string_view bytes(std::size_t n) {
    if (!need(n)) return {};
    std::string_view v = in.substr(at, n);
    at += n;
    return v;
  }
  std::string str() {  // u32 length, then the bytes
    std::uint32_t len = u32();
    return std::string(bytes(len));
  }

 private:
  std::uint64_t le(int bytes) {
    if (!need(static_cast<std::size_t>(bytes))) return 0;
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
    at += static_cast<std::size_t>(bytes);
    return v;
  }
};

}  // namespace winnow
