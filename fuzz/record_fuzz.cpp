// libFuzzer target: the history record door of fuzz/doors.h.
#include <cstddef>
#include <cstdint>

#include "doors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  winnow::fuzz::record_door(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
