// contains (common/substring.h): Knuth-Morris-Pratt over bytes.
#include "common/substring.h"

#include <cstdint>
#include <vector>

namespace winnow {

bool contains(std::string_view hay, std::string_view needle) {
  const std::size_t m = needle.size();
  if (m == 0) return true;
  if (m > hay.size()) return false;
  // border[i]: length of the longest proper border of needle[0..i]
  thread_local std::vector<std::uint32_t> border;
  border.assign(m, 0);
  for (std::size_t i = 1, k = 0; i < m; ++i) {
    while (k > 0 && needle[i] != needle[k]) k = border[k - 1];
    if (needle[i] == needle[k]) ++k;
    border[i] = static_cast<std::uint32_t>(k);
  }
  for (std::size_t i = 0, k = 0; i < hay.size(); ++i) {
    while (k > 0 && hay[i] != needle[k]) k = border[k - 1];
    if (hay[i] == needle[k] && ++k == m) return true;
  }
  return false;
}

}  // namespace winnow
