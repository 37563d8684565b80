// Names of an enum's values as one table in the enum's order, read in constant time; a table
// that skips, repeats or reorders a value fails to compile (enum_names_complete). Used by
// common/vocabulary.cpp and text/names.cpp; the names are pinned by [json] and [text] tests.
#pragma once

#include <cstddef>

namespace winnow {

template <typename E>
struct EnumName {
  E value;
  const char* name;
};

// Whether `table` lists every value from 0 to `last` once, in order.
template <typename E, std::size_t N>
constexpr bool enum_names_complete(const EnumName<E> (&table)[N], E last) {
  for (std::size_t i = 0; i < N; ++i)
    if (static_cast<std::size_t>(table[i].value) != i) return false;
  return static_cast<std::size_t>(last) + 1 == N;
}

// The name of `value`; a value outside the enum (a cast from a bad byte) gets the last name,
// the enum's catch-all ("other").
template <typename E, std::size_t N>
constexpr const char* enum_name(const EnumName<E> (&table)[N], E value) {
  const auto i = static_cast<std::size_t>(value);
  return table[i < N ? i : N - 1].name;
}

}  // namespace winnow
