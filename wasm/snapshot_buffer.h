// The buffer a content script's or the worker's snapshot is written into (TextEncoder.encodeInto
// straight into wasm memory: Module.snapshotBuffer, bind_extract.cpp), read by the calls that
// take the snapshot as its length in bytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace winnow::wasm {

// The first `bytes` bytes JavaScript wrote (at most the buffer's size).
std::string_view written_snapshot(std::size_t bytes);

}  // namespace winnow::wasm
