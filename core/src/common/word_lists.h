// Word tables written as one list per kind, {kind, "nav*|menu*|pagination"}: '|' between the
// entries, a trailing '*' marking an entry that also matches as a prefix. expand_word_lists
// turns them, at compile time and in the order written, into the {text, kind, prefix} rows the
// matchers index (classify/settings.h's class tokens, classify/phrases.h's chrome words);
// covered by tests/core/common_helpers.cpp.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace winnow {

template <typename Kind>
struct WordList {
  Kind kind;
  std::string_view words;
};

// How many entries the lists hold: the size of their expansion.
template <typename Kind, std::size_t G>
constexpr std::size_t word_count(const WordList<Kind> (&lists)[G]) {
  std::size_t n = 0;
  for (const auto& l : lists) {
    ++n;
    for (char c : l.words) n += c == '|';
  }
  return n;
}

// `Row` is an aggregate {text, kind, prefix}; N must be word_count(lists).
template <typename Row, std::size_t N, typename Kind, std::size_t G>
constexpr std::array<Row, N> expand_word_lists(const WordList<Kind> (&lists)[G]) {
  std::array<Row, N> rows{};
  std::size_t r = 0;
  for (const auto& l : lists) {
    std::string_view rest = l.words;
    for (bool more = true; more;) {
      const std::size_t bar = rest.find('|');
      std::string_view word = rest.substr(0, bar);
      const bool prefix = word.ends_with('*');
      if (prefix) word.remove_suffix(1);
      rows[r++] = Row{word, l.kind, prefix};
      more = bar != std::string_view::npos;
      if (more) rest.remove_prefix(bar + 1);
    }
  }
  return rows;
}

}  // namespace winnow
