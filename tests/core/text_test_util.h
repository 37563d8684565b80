// Helpers shared by the text layer's tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "winnow/text.h"

namespace winnow::test {

inline std::vector<std::string> norms(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : winnow::text::tokenize(text)) out.push_back(t.norm);
  return out;
}

inline std::vector<std::string> kinds(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : winnow::text::tokenize(text)) out.emplace_back(winnow::text::kind_name(t.kind));
  return out;
}

inline std::vector<std::string> scripts(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : winnow::text::tokenize(text))
    out.emplace_back(winnow::text::script_name(t.script));
  return out;
}

// The sentence spans as the text they cover.
inline std::vector<std::string> sentence_texts(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : winnow::text::sentences(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace winnow::test
