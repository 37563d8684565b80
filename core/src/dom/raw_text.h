// A fast pre-pass for the Gumbo adapter: the bodies of <script> and <style> elements are a
// third of a typical news page's bytes, never page text, and the slowest input for Gumbo's
// tokenizer. This copies the HTML without them (the elements themselves stay, empty), skipping
// comments and quoted attribute values so that a "<script" inside either is left alone.
#pragma once

#include <string>
#include <string_view>

namespace winnow::dom::detail {

std::string drop_raw_text(std::string_view html);

// Index just past the '>' closing the tag that starts at `lt` (quotes respected), or npos.
std::size_t tag_end(std::string_view s, std::size_t lt);

}  // namespace winnow::dom::detail
