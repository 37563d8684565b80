// Helpers for the extraction tests: find blocks by snippet (the fixture pages' rule: a snippet
// of 40+ characters lies inside a block, a shorter one is a whole block) and turn a tree into
// the content script's snapshot format, so both front doors can be compared.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "winnow/dom.h"
#include "winnow/extract.h"
#include "winnow/snapshot.h"

namespace winnow::test {

inline std::vector<const Block*> blocks_matching(const Page& p, const std::string& snippet) {
  std::vector<const Block*> out;
  for (const auto& b : p.blocks)
    if (snippet.size() >= 40 ? b.text.find(snippet) != std::string::npos : b.text == snippet) out.push_back(&b);
  return out;
}

inline const Block* block_with(const Page& p, const std::string& needle) {
  for (const auto& b : p.blocks)
    if (b.text.find(needle) != std::string::npos) return &b;
  return nullptr;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The snapshot a content script would send for this tree (winnow/snapshot.h, version 1); the
// core's own writer, which `winnow snapshot` uses too.
inline std::string snapshot_of(const dom::Tree& t, const std::string& url) { return dom::to_snapshot(t, url); }

}  // namespace winnow::test
