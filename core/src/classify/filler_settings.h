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

// A paragraph is compared with the lede and with at most this many paragraphs before it: an
// article's padding repeats what it said a few screens earlier, and a page of thousands of
// paragraphs must not cost a comparison of every pair.
inline constexpr std::size_t kRepeatWindow = 64;
// A page with more article blocks than this is no article a reader reads through (a dump, a
// generated list): it is not judged, which also bounds the judgement's time on hostile pages.
inline constexpr std::size_t kMaxParagraphs = 2000;
// Word sets are sized up front for pages up to this many words, and grow beyond.
inline constexpr std::size_t kPresizeWords = std::size_t{1} << 16;

}  // namespace winnow::classify::filler_settings
