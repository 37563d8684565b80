// The tree view's own storage: kept strings and the child lists.
#include <cstring>

#include "winnow/dom.h"

namespace winnow::dom {
namespace {

constexpr std::size_t kChunk = 16 * 1024;

}  // namespace

std::string_view Tree::keep(std::string_view s) {
  if (s.empty()) return {};
  char* at;
  if (s.size() > kChunk / 4) {
    large_.push_back(std::unique_ptr<char[]>(new char[s.size()]));
    at = large_.back().get();
  } else {
    // (A tree moved from has no chunks left, whatever room_ it remembers.)
    if (chunks_.empty() || s.size() > room_) {
      chunks_.push_back(std::unique_ptr<char[]>(new char[kChunk]));
      room_ = kChunk;
    }
    at = chunks_.back().get() + (kChunk - room_);
    room_ -= s.size();
  }
  std::memcpy(at, s.data(), s.size());
  return {at, s.size()};
}

void Tree::link_children() {
  const std::size_t n = nodes.size();
  // Counting sort by parent: node ids grow in document order, so each list comes out in order.
  std::vector<std::uint32_t> start(n + 1, 0);
  for (std::size_t i = 1; i < n; ++i)
    if (nodes[i].parent < n) ++start[nodes[i].parent + 1];
  for (std::size_t i = 0; i < n; ++i) start[i + 1] += start[i];
  child_ids_.assign(start[n], kNone);
  std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
  for (std::size_t i = 1; i < n; ++i)
    if (nodes[i].parent < n) child_ids_[fill[nodes[i].parent]++] = static_cast<NodeId>(i);
  for (std::size_t i = 0; i < n; ++i)
    nodes[i].children = std::span<const NodeId>(child_ids_.data() + start[i], start[i + 1] - start[i]);
}

}  // namespace winnow::dom
