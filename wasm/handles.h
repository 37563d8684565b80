// The two objects JavaScript owns and hands to the module's calls: a snapshot's bytes
// (SnapshotInput) and a site-template memory (Templates). Each lives until its holder calls
// delete(); no call keeps a reference to either past its return.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "winnow/templates.h"

namespace winnow::wasm {

// Bytes JavaScript writes straight into wasm memory (TextEncoder.encodeInto at address()):
// Embind's std::string conversion encodes and decodes character by character in JavaScript,
// which took a fifth of a whole analysis on news pages.
class SnapshotInput {
 public:
  explicit SnapshotInput(std::size_t capacity) : data_(new char[capacity + 1]), capacity_(capacity) {}
  std::uintptr_t address() const { return reinterpret_cast<std::uintptr_t>(data_.get()); }
  std::size_t capacity() const { return capacity_; }
  // The first `length` bytes written (at most the capacity).
  std::string_view text(std::size_t length) const { return {data_.get(), std::min(length, capacity_)}; }

 private:
  std::unique_ptr<char[]> data_;  // not zeroed: only what JavaScript wrote is read
  std::size_t capacity_;
};

// A site-template memory held by JavaScript: a content script's copy of its site's part
// (Templates.read of the bytes the worker sends), or one the History hands out (siteTemplates).
struct Templates {
  templates::Memory memory;
};

}  // namespace winnow::wasm
