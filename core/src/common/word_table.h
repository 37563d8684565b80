// WordTable: a fixed set of short strings, each with bits, looked up for every word of a page
// (the blurb classes, the stopword lists); covered by tests/core/common_helpers.cpp and through
// [classify]. Open addressing over hash_bytes64 (common/hash.h) with the keys kept, so a lookup
// answers exactly as a map would: std::unordered_map's hash and bucket walk cost more than the
// rest of reading a word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "common/hash.h"

namespace winnow {

template <class Bits>
class WordTable {
 public:
  // ORs `bits` into the key's entry, adding it when new. The key's bytes must outlive the table.
  void add(std::string_view key, Bits bits) {
    if (!key.empty()) shapes_[static_cast<unsigned char>(key[0])] |= shape_bit(key);
    if (2 * (size_ + 1) > slots_.size()) grow();
    Slot& s = slot(key, hash_bytes64(key));
    if (s.key.data() == nullptr) {
      s.key = key.data() ? key : std::string_view("", 0);
      ++size_;
    }
    s.bits |= bits;
  }

  // The key's bits, 0 when it is absent.
  Bits find(std::string_view key) const {
    if (slots_.empty()) return 0;
    // most words read have no key of their first byte and length: answered without hashing them
    if (!key.empty() && !(shapes_[static_cast<unsigned char>(key[0])] & shape_bit(key))) return 0;
    return const_cast<WordTable*>(this)->slot(key, hash_bytes64(key)).bits;
  }

 private:
  struct Slot {
    std::string_view key{nullptr, 0};  // data() null: empty
    Bits bits = 0;
  };

  // The key's slot, or the empty one where it would go (the table is never full).
  Slot& slot(std::string_view key, std::uint64_t h) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h ^ (h >> 29)) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.key.data() == nullptr) return s;
      if (s.key.size() == key.size() && std::memcmp(s.key.data(), key.data(), key.size()) == 0) return s;
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old)
      if (s.key.data() != nullptr) add(s.key, s.bits);
  }

  // A key's length as a bit (lengths from 31 on share the last one).
  static std::uint32_t shape_bit(std::string_view key) { return std::uint32_t{1} << (key.size() < 31 ? key.size() : 31); }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  std::uint32_t shapes_[256] = {};  // per first byte: the lengths of the keys it starts
};

}  // namespace winnow
