// The words and tags above a block, as bits per node (the a_* and t_* columns of features.h):
// the attribute groups whose words an element's or an ancestor's class, id, role or other
// attributes hold, and the tags among them. Covered by [learned] in tests/core.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "winnow/blocks.h"
#include "winnow/dom.h"

namespace winnow::classify {

// The bits' column names in bit order: the attribute groups (a_comment ...), then the tags (t_main ...).
const std::vector<std::string_view>& ancestor_bit_names();

// Per node of `tree`: the bits of the node and all its ancestors. Only the blocks' nodes and
// their ancestors are computed (the others are 0): inline elements below the blocks are most of
// a page's nodes.
std::vector<std::uint64_t> ancestor_bits(const dom::Tree& tree, const std::vector<blocks::Block>& bl);

}  // namespace winnow::classify
