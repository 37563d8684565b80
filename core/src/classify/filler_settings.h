// The filler judgement's few named constants (the learned weights are in filler_model.inc).
#pragma once

#include <cstddef>
#include <cstdint>

namespace winnow::classify::filler_settings {

// Fewer words than this and a paragraph is a caption, a line of a list or a fragment: too
// little to tell padding from a terse fact, so it is never judged.
inline constexpr std::uint32_t kMinWords = 8;
// Stock phrases counted per paragraph: past three, more of them says nothing new.
inline constexpr double kStockCap = 3.0;
// A flagged paragraph is a restatement (rather than generic commentary) when at least half of
// its content stems are in one earlier paragraph (or the title and lede together).
inline constexpr double kRestatesShare = 0.5;

// A line of a text DOC with at most this many words and no sentence-ending punctuation reads
// as a subheading ("Looking Ahead", "What Happens Next?").
inline constexpr std::size_t kHeadingWords = 12;

}  // namespace winnow::classify::filler_settings
